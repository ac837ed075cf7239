// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/TenantRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace keyward {

namespace {

const QString columns = QStringLiteral("id, name, is_active, discoverable, created_at, updated_at");

Tenant tenantFrom(const QSqlQuery &row)
{
    Tenant tenant;
    tenant.id = row.value(0).toLongLong();
    tenant.name = row.value(1).toString();
    tenant.isActive = row.value(2).toInt() != 0;
    tenant.discoverable = row.value(3).toInt() != 0;
    tenant.createdAt = Sql::timeFrom(row.value(4));
    tenant.updatedAt = Sql::timeFrom(row.value(5));
    return tenant;
}

} // namespace

Result<qint64, StoreError> TenantRepository::insert(const Tenant &tenant) const
{
    return Sql::insert(m_database,
                       QStringLiteral("INSERT INTO tenants (name, is_active, discoverable, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {tenant.name, int(tenant.isActive), int(tenant.discoverable),
                        Sql::time(tenant.createdAt), Sql::time(tenant.updatedAt)});
}

Result<std::optional<Tenant>, StoreError> TenantRepository::findById(qint64 id) const
{
    std::optional<Tenant> found;
    auto ran = Sql::eachRowKept(m_database,
                                QStringLiteral("SELECT %1 FROM tenants WHERE id = ?").arg(columns),
                                {id}, [&found](const QSqlQuery &row) { found = tenantFrom(row); });
    if (!ran)
        return ran.error();
    return found;
}

Result<Page<Tenant>, StoreError> TenantRepository::list(const PageRequest &request,
                                                        bool discoverableOnly) const
{
    return Sql::selectPage<Tenant>(m_database, columns, QStringLiteral("tenants"),
                                   discoverableOnly ? QStringLiteral("discoverable = 1")
                                                    : QString(),
                                   {}, {}, request, tenantFrom);
}

Result<Ok, StoreError> TenantRepository::update(const Tenant &tenant) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("UPDATE tenants SET name = ?, is_active = ?, "
                                          "discoverable = ?, updated_at = ? WHERE id = ?"),
                           {tenant.name, int(tenant.isActive), int(tenant.discoverable),
                            Sql::time(tenant.updatedAt), tenant.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return StoreError::notFound();
    return Ok{};
}

Result<std::optional<qint64>, StoreError> TenantRepository::lockAndFindNamed(const QString &name,
                                                                             qint64 self) const
{
    QSqlDatabase connection = m_database.connection();
    if (!m_database.dialect().lock(connection, SqlDialect::Lock::TenantNames))
        return StoreError::failure(QStringLiteral("cannot lock tenant names"));
    auto query =
        Sql::exec(m_database,
                  QStringLiteral("SELECT id FROM tenants WHERE %1 AND id <> ? LIMIT 1")
                      .arg(m_database.dialect().caseInsensitiveEquals(QStringLiteral("name"))),
                  {name, self});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<qint64, StoreError> TenantRepository::count() const
{
    auto query = Sql::exec(m_database, QStringLiteral("SELECT COUNT(*) FROM tenants"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace keyward
