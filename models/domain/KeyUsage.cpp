// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyUsage.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <numeric>

namespace keyward {

namespace {

constexpr qint64 secondsPerHour = 3600;
constexpr qint64 secondsPerDay = 24 * secondsPerHour;
const QString acceptedName = QStringLiteral("accepted");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject refusalsJson(const KeyUsageReport::Refusals &refused)
{
    QJsonObject object;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

std::optional<UsageSpan> UsageSpan::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([1-9][0-9]{0,2})([hd])$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    UsageSpan span;
    span.count = match.captured(1).toInt();
    span.unit = match.captured(2) == QLatin1String("h") ? Unit::Hours : Unit::Days;
    if (span.count > (span.unit == Unit::Hours ? maxHours : maxDays))
        return std::nullopt;
    return span;
}

QString UsageSpan::syntax()
{
    return QStringLiteral("since must be a number of hours (1h to %1h) or days (1d to %2d), "
                          "such as 24h or 30d")
        .arg(maxHours)
        .arg(maxDays);
}

QString UsageSpan::text() const
{
    return QString::number(count) + (unit == Unit::Hours ? QLatin1Char('h') : QLatin1Char('d'));
}

qint64 UsageSpan::bucketSeconds() const
{
    return unit == Unit::Hours ? secondsPerHour : secondsPerDay;
}

QDateTime UsageSpan::startAt(const QDateTime &now) const
{
    const qint64 step = bucketSeconds();
    const qint64 current = now.toSecsSinceEpoch() / step * step;
    return QDateTime::fromSecsSinceEpoch(current - (count - 1) * step, Qt::UTC);
}

qint64 KeyUsageReport::refusedTotal() const
{
    return std::accumulate(refused.cbegin(), refused.cend(), qint64(0));
}

KeyUsageReport KeyUsageReport::gather(qint64 keyId, const UsageSpan &span, const QDateTime &now,
                                      const QList<KeyUsageRepository::Count> &counts)
{
    KeyUsageReport report;
    report.keyId = keyId;
    report.span = span;
    report.since = span.startAt(now);
    const qint64 from = report.since.toSecsSinceEpoch();
    const qint64 step = span.bucketSeconds();
    for (int i = 0; i < span.count; ++i)
        report.buckets.append({QDateTime::fromSecsSinceEpoch(from + i * step, Qt::UTC), 0, {}});
    for (const auto &count : counts) {
        const qint64 index = (count.hour - from) / step;
        if (count.hour < from || index >= span.count)
            continue;
        Bucket &bucket = report.buckets[index];
        if (count.outcome == acceptedName) {
            bucket.accepted += count.uses;
            report.accepted += count.uses;
        } else {
            bucket.refused[count.outcome] += count.uses;
            report.refused[count.outcome] += count.uses;
        }
    }
    return report;
}

QJsonObject KeyUsageReport::toJson() const
{
    QJsonArray bucketsJson;
    for (const Bucket &bucket : buckets)
        bucketsJson.append(QJsonObject{{QStringLiteral("start"), isoTime(bucket.start)},
                                       {QStringLiteral("accepted"), bucket.accepted},
                                       {QStringLiteral("refused"), refusalsJson(bucket.refused)}});
    QJsonArray addresses;
    for (const auto &sighting : recentAddresses)
        addresses.append(QJsonObject{{QStringLiteral("address"), sighting.address},
                                     {QStringLiteral("lastSeen"), isoTime(sighting.lastSeen)},
                                     {QStringLiteral("outcome"), sighting.outcome}});
    return QJsonObject{
        {QStringLiteral("keyId"), keyId},
        {QStringLiteral("since"), isoTime(since)},
        {QStringLiteral("bucket"),
         span.unit == UsageSpan::Unit::Hours ? QStringLiteral("hour") : QStringLiteral("day")},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("accepted"), accepted},
                                               {QStringLiteral("refused"), refusalsJson(refused)}}},
        {QStringLiteral("buckets"), bucketsJson},
        {QStringLiteral("recentAddresses"), addresses}};
}

} // namespace keyward
