// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace keyward {

// An organisation whose users and keys are isolated from every other tenant.
struct Tenant {
    qint64 id = 0;
    QString name;
    bool isActive = true;
    // Whether anonymous callers may list the tenant and fetch its tenant key.
    bool discoverable = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace keyward
