// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

// The status-envelope API's service: what a service_id JWT names (by uuid), owned by a
// tenant; API keys generated with the service id are linked to it.
struct ServiceIdentity {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString uuid;
    QString name;
    std::optional<qint64> createdBy; // the user who asked for it
    QDateTime createdAt;
    QDateTime expiresAt; // when its service id stops being accepted
};

} // namespace keyward
