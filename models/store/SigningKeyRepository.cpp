// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/SigningKeyRepository.h"

#include "store/Sql.h"

namespace keyward {

Result<qint64, StoreError> SigningKeyRepository::insert(const StoredSigningKey &key) const
{
    return Sql::insert(m_database,
                       QStringLiteral("INSERT INTO signing_keys (kid, algorithm, "
                                      "sealed_private_key, status, created_at) "
                                      "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                       {key.kid, key.algorithm, QString::fromLatin1(key.sealedPrivateKey),
                        key.status, Sql::time(key.createdAt)});
}

namespace {

Result<QList<StoredSigningKey>, StoreError> select(const Database &database, const QString &where,
                                                   const QVariantList &values)
{
    auto query = Sql::exec(database,
                           QStringLiteral("SELECT id, kid, algorithm, sealed_private_key, status, "
                                          "created_at, retired_at FROM signing_keys ") +
                               where,
                           values);
    if (!query)
        return query.error();
    QList<StoredSigningKey> keys;
    while (query->next()) {
        keys.append({query->value(0).toLongLong(), query->value(1).toString(),
                     query->value(2).toString(), query->value(3).toString().toLatin1(),
                     query->value(4).toString(), Sql::timeFrom(query->value(5)),
                     Sql::timeFrom(query->value(6))});
    }
    return keys;
}

Result<int, StoreError> rowsChanged(Result<QSqlQuery, StoreError> query)
{
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

} // namespace

Result<QList<StoredSigningKey>, StoreError> SigningKeyRepository::usable() const
{
    return select(m_database,
                  QStringLiteral("WHERE status <> 'retired' "
                                 "ORDER BY CASE WHEN status = 'active' THEN 0 ELSE 1 END, "
                                 "CASE WHEN status = 'active' THEN id ELSE -id END"),
                  {});
}

Result<QList<StoredSigningKey>, StoreError> SigningKeyRepository::all() const
{
    return select(m_database, QStringLiteral("ORDER BY id DESC"), {});
}

Result<int, StoreError> SigningKeyRepository::demoteActive() const
{
    return rowsChanged(Sql::exec(m_database,
                                 QStringLiteral("UPDATE signing_keys SET status = 'retiring' "
                                                "WHERE status = 'active'"),
                                 {}));
}

Result<int, StoreError> SigningKeyRepository::retire(const QString &kid, const QDateTime &at) const
{
    if (kid.isEmpty())
        return rowsChanged(Sql::exec(m_database,
                                     QStringLiteral("UPDATE signing_keys SET status = 'retired', "
                                                    "retired_at = ? WHERE status = 'retiring'"),
                                     {Sql::time(at)}));
    return rowsChanged(Sql::exec(m_database,
                                 QStringLiteral("UPDATE signing_keys SET status = 'retired', "
                                                "retired_at = ? WHERE status = 'retiring' "
                                                "AND kid = ?"),
                                 {Sql::time(at), kid}));
}

} // namespace keyward
