// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/User.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

// Who is asking, as the domain sees it: an authenticated user, a key (through
// a token it was exchanged for), the local CLI/GUI operator, or Keyward itself.
struct Actor {
    enum class Kind { User, Key, Operator, System };
    Kind kind = Kind::System;
    qint64 id = 0;
    qint64 tenantId = 0;
    std::optional<Role> role; // users only
    QStringList scope;        // keys only: their permissions
    QString sourceIp;
    QString operatorName; // operators only: "console (alice@build-01)", "cli (…)"

    bool isSuperAdmin() const
    {
        return kind == Kind::Operator || kind == Kind::System ||
               (role && *role == Role::SuperAdmin);
    }
    // "user:7", "key:12", the operator's name ("operator" when unnamed),
    // "system": the audit log's actor column.
    QString name() const;
};

} // namespace keyward
