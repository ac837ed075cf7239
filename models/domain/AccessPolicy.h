// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/Sentence.h"
#include "entities/ApiKey.h"

#include <optional>

namespace keyward {

// Who may read or change what, in one place for every API family, the CLI
// and the GUI. Tenant isolation lives here: apart from SuperAdmins and the
// local operator, an actor only ever reaches its own tenant.
class AccessPolicy {
public:
    enum class Area { Keys, Users, Tenants };
    enum class Operation { Read, Write };

    static bool allows(const Actor &actor, Area area, Operation operation, qint64 tenantId);

    // A key-authenticated caller acts with no more than it holds: it may
    // create or change only keys whose permissions are within its own
    // scope, never its own permissions, and never the tenant key (losing it
    // breaks discovery and login for the whole tenant). Why not, if not;
    // users and the operator are judged by allows() alone.
    static std::optional<Sentence> keyMayCreate(const Actor &actor, ApiKeyKind kind,
                                                const QStringList &permissions);
    static std::optional<Sentence> keyMayChange(const Actor &actor, const ApiKey &target,
                                                const QStringList *newPermissions = nullptr);
};

} // namespace keyward
