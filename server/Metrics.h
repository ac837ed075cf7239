// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace keyward {

class Services;

// Prometheus metrics of the HTTP server: requests by method, route and
// status, a latency histogram, and the domain's counters (tokens issued, key
// verification outcomes) rendered in the text exposition format.
class Metrics {
public:
    void recordRequest(const QByteArray &method, const QString &route, int status,
                       qint64 elapsedNanoseconds);
    QByteArray exposition(const Services &services) const;

private:
    static constexpr std::array<double, 10> bucketBounds{0.001, 0.0025, 0.005, 0.01, 0.025,
                                                         0.05,  0.1,    0.25,  0.5,  1.0};
    // A request's labels, kept as they come and formatted only when scraped:
    // formatting them for each request cost 2 % of an exchange.
    struct RequestLabels {
        QByteArray method;
        QString route;
        int status = 0;
        friend bool operator==(const RequestLabels &, const RequestLabels &) = default;
        friend size_t qHash(const RequestLabels &labels, size_t seed = 0)
        {
            return qHashMulti(seed, labels.method, labels.route, labels.status);
        }
    };
    mutable QMutex m_mutex;
    QHash<RequestLabels, quint64> m_requests;
    std::array<quint64, bucketBounds.size()> m_buckets{};
    quint64 m_observations = 0;
    double m_secondsTotal = 0;
};

} // namespace keyward
