// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

// One mutation, recorded for operators: who did what to which row, from where.
struct AuditEvent {
    qint64 id = 0;
    QDateTime occurredAt;
    QString actor; // "user:<id>", "key:<id>", "cli", "system"
    std::optional<qint64> tenantId;
    QString action; // e.g. "apikey.create"
    QString target; // e.g. "apikey:42"
    QString sourceIp;
    QString detail;
};

} // namespace keyward
