// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/ShownTime.h"

#include <QLocale>

namespace keyward::ShownTime {

QString of(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString dateOf(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : QString();
}

QString iso(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString inFull(const QDateTime &time)
{
    return time.isValid() ? of(time) + QLatin1Char('\n') + iso(time) : QString();
}

} // namespace keyward::ShownTime
