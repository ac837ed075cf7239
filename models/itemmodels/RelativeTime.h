// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keyward {

// Human-sized distances between two instants ("in 3 days", "5 minutes ago"),
// rounded to the largest unit that fits, as file managers and mail clients
// show them.
class RelativeTime {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString describe(const QDateTime &when, const QDateTime &now);
    // "3 days", "1 hour": the magnitude alone.
    static QString span(qint64 seconds);
};

} // namespace keyward
