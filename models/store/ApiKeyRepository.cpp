// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/ApiKeyRepository.h"

#include "store/Database.h"
#include "store/Sql.h"
#include "store/SqlDialect.h"

namespace keyward {

namespace {

const QString columns = QStringLiteral(
    "id, tenant_id, kind, name, description, display_prefix, digest, sealed_value, public_id, "
    "status, permissions, allowed_networks, rate_limit, lifetime, not_before, expires_at, jti, "
    "service_id, rotated_from, created_at, updated_at, last_used_at, use_count, "
    // The lineage the other way: the key a rotation put in this one's place.
    "(SELECT MIN(successor.id) FROM api_keys successor WHERE successor.rotated_from = "
    "api_keys.id)");

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant bytesOrNull(const QByteArray &value)
{
    return textOrNull(QString::fromLatin1(value));
}

ApiKey keyFrom(const QSqlQuery &row)
{
    ApiKey key;
    key.id = row.value(0).toLongLong();
    key.tenantId = row.value(1).toLongLong();
    key.kind = apiKeyKindFromName(row.value(2).toString()).value_or(ApiKeyKind::Secret);
    key.name = row.value(3).toString();
    key.description = row.value(4).toString();
    key.displayPrefix = row.value(5).toString();
    key.digest = row.value(6).toString().toLatin1();
    key.sealedValue = row.value(7).toString().toLatin1();
    key.publicId = row.value(8).toString();
    key.status = keyStatusFromName(row.value(9).toString()).value_or(KeyStatus::Disabled);
    key.permissions = row.value(10).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    key.allowedNetworks = row.value(11).toString();
    key.rateLimitPerMinute = Sql::optionalIntFrom(row.value(12));
    key.lifetimeSeconds = Sql::optionalIntFrom(row.value(13));
    key.notBefore = Sql::timeFrom(row.value(14));
    key.expiresAt = Sql::timeFrom(row.value(15));
    key.jti = row.value(16).toString();
    key.serviceId = Sql::optionalIntFrom(row.value(17));
    key.rotatedFromId = Sql::optionalIntFrom(row.value(18));
    key.createdAt = Sql::timeFrom(row.value(19));
    key.updatedAt = Sql::timeFrom(row.value(20));
    key.lastUsedAt = Sql::timeFrom(row.value(21));
    key.useCount = row.value(22).toLongLong();
    key.supersededById = Sql::optionalIntFrom(row.value(23));
    return key;
}

} // namespace

Result<qint64, StoreError> ApiKeyRepository::insert(const ApiKey &key) const
{
    return Sql::insert(
        m_database,
        QStringLiteral("INSERT INTO api_keys (tenant_id, kind, name, description, display_prefix, "
                       "digest, sealed_value, public_id, status, permissions, allowed_networks, "
                       "rate_limit, lifetime, not_before, expires_at, jti, service_id, "
                       "rotated_from, created_at, updated_at, use_count) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
                       "RETURNING id"),
        {key.tenantId,
         apiKeyKindName(key.kind),
         key.name,
         key.description,
         key.displayPrefix,
         bytesOrNull(key.digest),
         bytesOrNull(key.sealedValue),
         textOrNull(key.publicId),
         keyStatusName(key.status),
         key.permissions.join(QLatin1Char(' ')),
         key.allowedNetworks,
         Sql::optionalInt(key.rateLimitPerMinute),
         Sql::optionalInt(key.lifetimeSeconds),
         Sql::time(key.notBefore),
         Sql::time(key.expiresAt),
         textOrNull(key.jti),
         Sql::optionalInt(key.serviceId),
         Sql::optionalInt(key.rotatedFromId),
         Sql::time(key.createdAt),
         Sql::time(key.updatedAt)});
}

Result<std::optional<ApiKey>, StoreError> ApiKeyRepository::findOne(const QString &where,
                                                                    const QVariant &value) const
{
    std::optional<ApiKey> found;
    auto ran = Sql::eachRowKept(
        m_database, QStringLiteral("SELECT %1 FROM api_keys WHERE %2").arg(columns, where), {value},
        [&found](const QSqlQuery &row) {
            if (!found)
                found = keyFrom(row);
        });
    if (!ran)
        return ran.error();
    return found;
}

Result<std::optional<ApiKey>, StoreError> ApiKeyRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<std::optional<ApiKey>, StoreError>
ApiKeyRepository::findByDigest(const QByteArray &digest) const
{
    return findOne(QStringLiteral("digest = ?"), QString::fromLatin1(digest));
}

Result<std::optional<ApiKey>, StoreError> ApiKeyRepository::findByJti(const QString &jti) const
{
    return findOne(QStringLiteral("jti = ?"), jti);
}

Result<std::optional<ApiKey>, StoreError>
ApiKeyRepository::findByPublicId(const QString &publicId) const
{
    return findOne(QStringLiteral("public_id = ?"), publicId);
}

Result<std::optional<ApiKey>, StoreError> ApiKeyRepository::findTenantKey(qint64 tenantId) const
{
    return findOne(QStringLiteral("tenant_id = ? AND kind = 'tenant' AND status <> 'DELETED' "
                                  "ORDER BY CASE WHEN status = 'ACTIVE' AND expires_at IS NULL "
                                  "THEN 0 WHEN status = 'ACTIVE' THEN 1 ELSE 2 END, "
                                  "id DESC LIMIT 1"),
                   tenantId);
}

namespace {

// A permission that changes things, as KeyHygiene::changesThings() judges
// one, inside the space-separated permissions column.
const QString changesThings = QStringLiteral(
    "(' ' || permissions || ' ' LIKE '% write %' OR ' ' || permissions || ' ' LIKE '% admin %' "
    "OR ' ' || permissions || ' ' LIKE '% * %' OR ' ' || permissions || ' ' LIKE '%:write %' "
    "OR ' ' || permissions || ' ' LIKE '%:admin %')");

// The filter as the condition of a WHERE clause ("" for none) and its values.
QString whereClause(const SqlDialect &dialect, const ApiKeyRepository::Filter &filter,
                    QVariantList &values)
{
    QStringList conditions;
    if (filter.tenantId) {
        conditions << QStringLiteral("tenant_id = ?");
        values << *filter.tenantId;
    }
    if (filter.kind) {
        conditions << QStringLiteral("kind = ?");
        values << apiKeyKindName(*filter.kind);
    }
    if (filter.clientCredentialsOnly)
        conditions << QStringLiteral("public_id IS NOT NULL");
    if (!filter.includeDeleted)
        conditions << QStringLiteral("status <> 'DELETED'");
    if (const auto &attention = filter.attention) {
        conditions << QStringLiteral(
            "status = 'ACTIVE' AND (expires_at IS NULL OR expires_at > ?)");
        values << Sql::time(attention->inForceAt);
        if (attention->expiringBefore.isValid()) {
            conditions << QStringLiteral("expires_at < ?");
            values << Sql::time(attention->expiringBefore);
        }
        if (attention->neverUsedIfBefore.isValid()) {
            conditions << QStringLiteral("last_used_at IS NULL AND created_at <= ?");
            values << Sql::time(attention->neverUsedIfBefore);
        }
        if (attention->lastUsedBefore.isValid()) {
            conditions << QStringLiteral("last_used_at <= ?");
            values << Sql::time(attention->lastUsedBefore);
        }
        if (!attention->tenantKeys)
            conditions << QStringLiteral("kind <> 'tenant'");
        if (attention->wideOpen)
            conditions << changesThings +
                              QStringLiteral(" AND TRIM(COALESCE(allowed_networks, '')) = ''");
    }
    if (!filter.searchTerms.isEmpty())
        conditions << Sql::searchCondition(dialect, filter.searchTerms,
                                           {QStringLiteral("name"), QStringLiteral("description"),
                                            QStringLiteral("display_prefix"),
                                            QStringLiteral("permissions"),
                                            QStringLiteral("allowed_networks")},
                                           values, QStringLiteral("id"));
    return conditions.join(QStringLiteral(" AND "));
}

// The sort as an expression that is never NULL. Rows are compared on it
// and then on id (Sql::selectPage), so equal values keep a stable order.
Sql::Order orderOf(const KeySort &sort)
{
    Sql::Order order{QStringLiteral("id"), {}, sort.descending};
    switch (sort.by) {
    case KeySort::By::Created:
        break;
    case KeySort::By::Label:
        order.expression = QStringLiteral("lower(name)");
        break;
    case KeySort::By::Kind: // alphabetically, as the console names them
        order.expression =
            QStringLiteral("CASE WHEN kind = 'tenant' THEN 3 WHEN kind = 'jwt' THEN 1 "
                           "WHEN public_id IS NOT NULL THEN 0 ELSE 2 END");
        break;
    case KeySort::By::Prefix:
        order.expression = QStringLiteral("COALESCE(display_prefix, '')");
        break;
    case KeySort::By::Status:
        order.expression =
            QStringLiteral("CASE WHEN status <> 'ACTIVE' THEN 3 "
                           "WHEN expires_at IS NOT NULL AND expires_at <= ? THEN 2 "
                           "WHEN EXISTS (SELECT 1 FROM api_keys successor "
                           "WHERE successor.rotated_from = api_keys.id) THEN 1 ELSE 0 END");
        order.values = {Sql::time(sort.at)};
        break;
    case KeySort::By::Permissions:
        order.expression = QStringLiteral("COALESCE(permissions, '')");
        break;
    case KeySort::By::Networks:
        order.expression = QStringLiteral("COALESCE(allowed_networks, '')");
        break;
    case KeySort::By::Expires:
        order.expression = QStringLiteral("COALESCE(expires_at, 9223372036854775807)");
        break;
    case KeySort::By::LastUsed:
        order.expression = QStringLiteral("COALESCE(last_used_at, -1)");
        break;
    case KeySort::By::Uses:
        order.expression = QStringLiteral("use_count");
        break;
    }
    return order;
}

} // namespace

Result<Page<ApiKey>, StoreError>
ApiKeyRepository::list(const Filter &filter, const PageRequest &request, const KeySort &sort) const
{
    QVariantList values;
    const QString where = whereClause(m_database.dialect(), filter, values);
    return Sql::selectPage<ApiKey>(m_database, columns, QStringLiteral("api_keys"), where, values,
                                   orderOf(sort), request, keyFrom);
}

Result<QHash<qint64, qint64>, StoreError>
ApiKeyRepository::countPerTenant(const Filter &filter) const
{
    QVariantList values;
    const QString where = whereClause(m_database.dialect(), filter, values);
    auto query =
        Sql::exec(m_database,
                  QStringLiteral("SELECT tenant_id, COUNT(*) FROM api_keys%1 GROUP BY "
                                 "tenant_id")
                      .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                  values);
    if (!query)
        return query.error();
    QHash<qint64, qint64> counts;
    while (query->next())
        counts.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return counts;
}

Result<Ok, StoreError> ApiKeyRepository::update(const ApiKey &key) const
{
    auto query = Sql::exec(
        m_database,
        QStringLiteral("UPDATE api_keys SET name = ?, description = ?, status = ?, "
                       "permissions = ?, allowed_networks = ?, rate_limit = ?, lifetime = ?, "
                       "not_before = ?, expires_at = ?, updated_at = ? WHERE id = ?"),
        {key.name, key.description, keyStatusName(key.status),
         key.permissions.join(QLatin1Char(' ')), key.allowedNetworks,
         Sql::optionalInt(key.rateLimitPerMinute), Sql::optionalInt(key.lifetimeSeconds),
         Sql::time(key.notBefore), Sql::time(key.expiresAt), Sql::time(key.updatedAt), key.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return StoreError::notFound();
    return Ok{};
}

Result<Ok, StoreError> ApiKeyRepository::addUsage(const QList<Usage> &usage) const
{
    // One UPDATE ... FROM (VALUES ...) for many keys (SQLite >= 3.33 and
    // PostgreSQL both name a VALUES list's columns column1, column2, ...;
    // the casts type PostgreSQL's parameters, which are unknown in a FROM).
    QList<QVariantList> rows;
    rows.reserve(usage.size());
    for (const Usage &entry : usage)
        rows.append({entry.keyId, entry.uses, Sql::time(entry.lastUsedAt)});
    WriteTransaction transaction(m_database);
    auto updated = Sql::execRows(
        m_database,
        QStringLiteral("UPDATE api_keys SET use_count = use_count + used.column2, "
                       "last_used_at = CASE WHEN last_used_at IS NULL OR "
                       "last_used_at < used.column3 THEN used.column3 ELSE last_used_at END "
                       "FROM (VALUES "),
        QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"),
        QStringLiteral(") AS used WHERE api_keys.id = used.column1"), rows);
    if (!updated)
        return updated;
    return transaction.commit();
}

Result<qint64, StoreError>
ApiKeyRepository::countLiveJwtKeysCreatedBefore(const QDateTime &before, const QDateTime &now) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE kind = 'jwt' "
                                          "AND status <> 'DELETED' AND created_at < ? "
                                          "AND (expires_at IS NULL OR expires_at > ?)"),
                           {Sql::time(before), Sql::time(now)});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

} // namespace keyward
