// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/RelativeTime.h"

#include <cmath>

namespace keyward {

namespace {

// The singular is the whole text for 1 ("1 minute"), the plural a pattern
// for the count ("%1 minutes"); both marked with QT_TRANSLATE_NOOP.
QString count(qint64 n, const char *singular, const char *plural)
{
    return n == 1 ? RelativeTime::tr(singular) : RelativeTime::tr(plural).arg(n);
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
        return count(qMax<qint64>(minutes, 1), QT_TRANSLATE_NOOP("RelativeTime", "1 minute"),
                     QT_TRANSLATE_NOOP("RelativeTime", "%1 minutes"));
    const qint64 hours = rounded(double(seconds) / 3600.0);
    if (hours < 24)
        return count(hours, QT_TRANSLATE_NOOP("RelativeTime", "1 hour"),
                     QT_TRANSLATE_NOOP("RelativeTime", "%1 hours"));
    const qint64 days = rounded(double(seconds) / 86400.0);
    if (days < 365)
        return count(days, QT_TRANSLATE_NOOP("RelativeTime", "1 day"),
                     QT_TRANSLATE_NOOP("RelativeTime", "%1 days"));
    return count(rounded(double(days) / 365.0), QT_TRANSLATE_NOOP("RelativeTime", "1 year"),
                 QT_TRANSLATE_NOOP("RelativeTime", "%1 years"));
}

QString RelativeTime::describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QString();
    const qint64 seconds = now.secsTo(when);
    if (seconds > 0 && seconds < 60)
        return tr("in less than a minute");
    if (seconds <= 0 && seconds > -60)
        return tr("just now");
    //: %1 is a span such as "3 days"
    return seconds > 0 ? tr("in %1").arg(span(seconds))
                       //: %1 is a span such as "3 days"
                       : tr("%1 ago").arg(span(-seconds));
}

} // namespace keyward
