// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Metrics.h"

#include "domain/Services.h"

namespace keyward {

namespace {

// Label values are route patterns and method names we chose, but escape
// anyway as the exposition format requires.
QString escaped(QString value)
{
    return value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

void header(QString &out, const char *name, const char *type, const char *help)
{
    out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
               .arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
}

} // namespace

void Metrics::recordRequest(const QByteArray &method, const QString &route, int status,
                            qint64 elapsedNanoseconds)
{
    const double seconds = double(elapsedNanoseconds) / 1e9;
    QMutexLocker lock(&m_mutex);
    ++m_requests[{method, route, status}];
    for (size_t i = 0; i < bucketBounds.size(); ++i) {
        if (seconds <= bucketBounds[i])
            ++m_buckets[i];
    }
    ++m_observations;
    m_secondsTotal += seconds;
}

QByteArray Metrics::exposition(const Services &services) const
{
    QString out;
    {
        QMutexLocker lock(&m_mutex);
        header(out, "keyward_http_requests_total", "counter",
               "HTTP requests by method, route and status.");
        QStringList lines;
        for (auto counted = m_requests.cbegin(); counted != m_requests.cend(); ++counted)
            lines += QStringLiteral("keyward_http_requests_total{method=\"%1\",route=\"%2\","
                                    "status=\"%3\"} %4\n")
                         .arg(escaped(QString::fromLatin1(counted.key().method)),
                              escaped(counted.key().route))
                         .arg(counted.key().status)
                         .arg(counted.value());
        lines.sort();
        out += lines.join(QString());
        header(out, "keyward_http_request_duration_seconds", "histogram",
               "Time from request parsed to answer queued.");
        for (size_t i = 0; i < bucketBounds.size(); ++i)
            out += QStringLiteral("keyward_http_request_duration_seconds_bucket{le=\"%1\"} %2\n")
                       .arg(bucketBounds[i])
                       .arg(m_buckets[i]);
        out += QStringLiteral("keyward_http_request_duration_seconds_bucket{le=\"+Inf\"} %1\n"
                              "keyward_http_request_duration_seconds_sum %2\n"
                              "keyward_http_request_duration_seconds_count %1\n")
                   .arg(m_observations)
                   .arg(m_secondsTotal, 0, 'g', 12);
    }
    header(out, "keyward_tokens_issued_total", "counter", "JWTs issued by kind.");
    for (int kind = 0; kind < TokenService::kindCount; ++kind)
        out += QStringLiteral("keyward_tokens_issued_total{kind=\"%1\"} %2\n")
                   .arg(TokenService::kindName(TokenService::Kind(kind)))
                   .arg(services.tokens.issuedCount(TokenService::Kind(kind)));
    header(out, "keyward_key_verifications_total", "counter", "API key verifications by outcome.");
    for (int outcome = 0; outcome < KeyVerifier::outcomeCount; ++outcome)
        out += QStringLiteral("keyward_key_verifications_total{outcome=\"%1\"} %2\n")
                   .arg(KeyVerifier::outcomeName(KeyVerifier::Outcome(outcome)))
                   .arg(services.keyVerifier.count(KeyVerifier::Outcome(outcome)));
    header(out, "keyward_usage_keys_waiting", "gauge",
           "Keys whose usage counts wait to be written to the store (growing: the store does "
           "not keep up).");
    out += QStringLiteral("keyward_usage_keys_waiting %1\n").arg(services.usage.keysWaiting());
    // Left out, rather than reported as zero, when the store cannot count.
    if (const auto attention = services.attentionCounts.current()) {
        header(out, "keyward_keys_needing_attention", "gauge",
               "Active keys per tenant that key hygiene raises a concern about (counted at "
               "most once a minute).");
        for (const auto &count : *attention)
            out +=
                QStringLiteral("keyward_keys_needing_attention{tenant=\"%1\",concern=\"%2\"} %3\n")
                    .arg(count.tenantId)
                    .arg(KeyHygiene::concernName(count.concern))
                    .arg(count.keys);
    }
    return out.toUtf8();
}

} // namespace keyward
