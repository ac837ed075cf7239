// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/RelativeTime.h"

#include <cmath>

namespace keyward {

namespace {

QString count(qint64 n, const char *singular, const char *plural)
{
    return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(singular))
                  : QStringLiteral("%1 %2").arg(n).arg(QLatin1String(plural));
}

qint64 rounded(double value)
{
    return qint64(std::llround(value));
}

} // namespace

QString RelativeTime::span(qint64 seconds)
{
    // Each step rounds before deciding whether the next unit fits, so 2 days
    // 23 h 59 min reads "3 days", not "2 days".
    const qint64 minutes = rounded(double(seconds) / 60.0);
    if (minutes < 60)
        return count(qMax<qint64>(minutes, 1), "minute", "minutes");
    const qint64 hours = rounded(double(seconds) / 3600.0);
    if (hours < 24)
        return count(hours, "hour", "hours");
    const qint64 days = rounded(double(seconds) / 86400.0);
    if (days < 365)
        return count(days, "day", "days");
    return count(rounded(double(days) / 365.0), "year", "years");
}

QString RelativeTime::describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QString();
    const qint64 seconds = now.secsTo(when);
    if (seconds > 0 && seconds < 60)
        return QStringLiteral("in less than a minute");
    if (seconds <= 0 && seconds > -60)
        return QStringLiteral("just now");
    return seconds > 0 ? QStringLiteral("in %1").arg(span(seconds))
                       : QStringLiteral("%1 ago").arg(span(-seconds));
}

} // namespace keyward
