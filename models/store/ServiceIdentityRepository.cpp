// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/ServiceIdentityRepository.h"

#include "store/Sql.h"

namespace keyward {

Result<qint64, StoreError> ServiceIdentityRepository::insert(const ServiceIdentity &service) const
{
    return Sql::insert(m_database,
                       QStringLiteral("INSERT INTO services (tenant_id, uuid, name, created_by, "
                                      "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {service.tenantId, service.uuid, service.name,
                        Sql::optionalInt(service.createdBy), Sql::time(service.createdAt),
                        Sql::time(service.expiresAt)});
}

Result<std::optional<ServiceIdentity>, StoreError>
ServiceIdentityRepository::findByUuid(const QString &uuid) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT id, tenant_id, uuid, name, created_by, "
                                          "created_at, expires_at FROM services WHERE uuid = ?"),
                           {uuid});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ServiceIdentity>();
    return std::optional<ServiceIdentity>(ServiceIdentity{
        query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
        query->value(3).toString(), Sql::optionalIntFrom(query->value(4)),
        Sql::timeFrom(query->value(5)), Sql::timeFrom(query->value(6))});
}

} // namespace keyward
