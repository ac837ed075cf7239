// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/AccessPolicy.h"

#include <algorithm>

namespace keyward {

namespace {

// What a key's permissions open: `read` lists and reads, `write` changes.
bool scopeAllows(const Actor &actor, AccessPolicy::Operation operation)
{
    return actor.scope.contains(operation == AccessPolicy::Operation::Read
                                    ? QStringLiteral("read")
                                    : QStringLiteral("write"));
}

bool within(const QStringList &permissions, const QStringList &scope)
{
    return std::all_of(permissions.begin(), permissions.end(),
                       [&scope](const QString &permission) { return scope.contains(permission); });
}

} // namespace

std::optional<Sentence> AccessPolicy::keyMayCreate(const Actor &actor, ApiKeyKind kind,
                                                   const QStringList &permissions)
{
    if (actor.kind != Actor::Kind::Key)
        return std::nullopt;
    if (kind == ApiKeyKind::Tenant)
        return Sentence(QT_TRANSLATE_NOOP("Sentence", "A key cannot create the tenant key"));
    if (!within(permissions, actor.scope))
        return Sentence(
            QT_TRANSLATE_NOOP("Sentence", "A key cannot grant permissions it does not hold"));
    return std::nullopt;
}

std::optional<Sentence> AccessPolicy::keyMayChange(const Actor &actor, const ApiKey &target,
                                                   const QStringList *newPermissions)
{
    if (actor.kind != Actor::Kind::Key)
        return std::nullopt;
    if (target.kind == ApiKeyKind::Tenant)
        return Sentence(QT_TRANSLATE_NOOP("Sentence", "A key cannot change the tenant key"));
    if (newPermissions && target.id == actor.id)
        return Sentence(QT_TRANSLATE_NOOP("Sentence", "A key cannot change its own permissions"));
    if (!within(target.permissions, actor.scope))
        return Sentence(QT_TRANSLATE_NOOP(
            "Sentence", "A key cannot change a key that holds permissions it lacks"));
    if (newPermissions && !within(*newPermissions, actor.scope))
        return Sentence(
            QT_TRANSLATE_NOOP("Sentence", "A key cannot grant permissions it does not hold"));
    return std::nullopt;
}

bool AccessPolicy::allows(const Actor &actor, Area area, Operation operation, qint64 tenantId)
{
    if (actor.isSuperAdmin())
        return true;
    if (actor.tenantId != tenantId)
        return false;
    if (area == Area::Tenants && operation == Operation::Write)
        return false; // creating and changing tenants is for SuperAdmins
    switch (actor.kind) {
    case Actor::Kind::User:
        if (area == Area::Tenants)
            return true; // every member may see their own tenant
        return actor.role && *actor.role == Role::Admin;
    case Actor::Kind::Key:
        return area != Area::Users && scopeAllows(actor, operation);
    case Actor::Kind::Operator:
    case Actor::Kind::System:
        return true;
    }
    return false;
}

} // namespace keyward
