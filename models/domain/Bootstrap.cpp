// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/Bootstrap.h"

#include "domain/Services.h"
#include "domain/Transactional.h"
#include "store/Database.h"
#include "store/TenantRepository.h"
#include "store/UserRepository.h"

namespace keyward {

Result<Ok, QString> Bootstrap::ensureDefaults(const Services &services, const Settings &settings)
{
    const Database &database = *services.database;
    const Actor system;
    auto outcome = inWriteTransaction(database, [&]() -> Outcome<Ok> {
        QSqlDatabase connection = database.connection();
        if (!database.dialect().lock(connection, SqlDialect::Lock::Migration))
            return DomainError::unavailable(StoreError::failure(QStringLiteral("cannot lock")));
        const TenantRepository tenants(database);
        auto first = tenants.list({1, 1}, false);
        if (!first)
            return DomainError::unavailable(first.error());
        qint64 defaultTenant = first->items.isEmpty() ? 0 : first->items.first().id;
        if (!defaultTenant) {
            auto created = services.tenants.createInTransaction(system, settings.tenantName);
            if (!created)
                return created.error();
            defaultTenant = created->id;
        }
        if (settings.adminEmail.isEmpty())
            return Ok{};
        // On a store without users only: once anyone exists, the variables
        // never bring back an account that was removed or renamed.
        auto users = UserRepository(database).count();
        if (!users)
            return DomainError::unavailable(users.error());
        if (*users > 0)
            return Ok{};
        auto admin = services.users.createInTransaction(
            system, {defaultTenant, settings.adminEmail, settings.adminPassword, Role::SuperAdmin});
        if (!admin)
            return admin.error();
        return Ok{};
    });
    if (!outcome)
        return QStringLiteral("first-start set-up failed: %1 %2")
            .arg(outcome.error().field, outcome.error().detail())
            .simplified();
    return Ok{};
}

} // namespace keyward
