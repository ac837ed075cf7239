// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace keyward {

// The one way the console shows a moment: in local time, in the locale's
// short date and time format (or short date alone where a column has room
// for no more); its tooltip gives the same moment in ISO 8601 with the UTC
// offset, exact and ready to paste into a log search or a ticket. An
// invalid time is shown as nothing.
namespace ShownTime {

QString of(const QDateTime &time);
QString dateOf(const QDateTime &time);
QString iso(const QDateTime &time);
// Both, on two lines: the tooltip of a cell that shows a relative time
// ("in 3 days") or the date alone.
QString inFull(const QDateTime &time);

} // namespace ShownTime

} // namespace keyward
