// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/KeyUsageRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace keyward {

// How far back a usage report looks, and in which steps: "24h" is the last
// 24 hours in hourly buckets, "30d" the last 30 days in daily ones (UTC),
// the current hour or day included.
struct UsageSpan {
    enum class Unit { Hours, Days };
    static constexpr int maxHours = 168;
    static constexpr int maxDays = 366;

    int count = 24;
    Unit unit = Unit::Hours;

    static std::optional<UsageSpan> parse(const QString &text);
    // What parse() accepts, for a refusal.
    static QString syntax();
    QString text() const;
    qint64 bucketSeconds() const;
    // The start of the first bucket of a report made at `now`.
    QDateTime startAt(const QDateTime &now) const;
};

// What came of one key's verifications over a span: totals and buckets of
// accepted uses and refusals by outcome ("address_not_allowed",
// "rate_limited", ...), and the addresses it was last presented from.
struct KeyUsageReport {
    using Refusals = QMap<QString, qint64>;
    struct Bucket {
        QDateTime start;
        qint64 accepted = 0;
        Refusals refused;
    };

    qint64 keyId = 0;
    UsageSpan span;
    QDateTime since;
    qint64 accepted = 0;
    Refusals refused;
    QList<Bucket> buckets;                               // every bucket of the span, oldest first
    QList<KeyUsageRepository::Sighting> recentAddresses; // newest first

    qint64 refusedTotal() const;
    // The stored hourly counts gathered into the span's buckets.
    static KeyUsageReport gather(qint64 keyId, const UsageSpan &span, const QDateTime &now,
                                 const QList<KeyUsageRepository::Count> &counts);
    // The report's one JSON form, for the HTTP API and `keyward key usage --json`.
    QJsonObject toJson() const;
};

} // namespace keyward
