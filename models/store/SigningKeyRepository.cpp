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

Result<QList<StoredSigningKey>, StoreError>
SigningKeyRepository::usable(const QString &algorithm) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT id, kid, algorithm, sealed_private_key, status, "
                                          "created_at, retired_at FROM signing_keys "
                                          "WHERE algorithm = ? AND status <> 'retired' "
                                          "ORDER BY CASE WHEN status = 'active' THEN 0 ELSE 1 "
                                          "END, id DESC"),
                           {algorithm});
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

} // namespace keyward
