// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/RateLimitRepository.h"

#include "store/Sql.h"

namespace keyward {

Result<QList<RateLimitRepository::Second>, StoreError>
RateLimitRepository::secondsFrom(qint64 keyId, qint64 from) const
{
    if (auto forgotten = Sql::exec(
            m_database,
            QStringLiteral("DELETE FROM rate_limit_uses WHERE key_id = ? AND at_second < ?"),
            {keyId, from});
        !forgotten)
        return forgotten.error();
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT at_second, used FROM rate_limit_uses "
                                          "WHERE key_id = ? ORDER BY at_second"),
                           {keyId});
    if (!query)
        return query.error();
    QList<Second> seconds;
    while (query->next())
        seconds.append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    return seconds;
}

Result<Ok, StoreError> RateLimitRepository::countUses(qint64 keyId, qint64 second,
                                                      qint64 count) const
{
    auto query = Sql::exec(
        m_database,
        QStringLiteral("INSERT INTO rate_limit_uses (key_id, at_second, used) VALUES (?, ?, ?) "
                       "ON CONFLICT (key_id, at_second) DO UPDATE SET "
                       "used = rate_limit_uses.used + excluded.used"),
        {keyId, second, count});
    if (!query)
        return query.error();
    return Ok{};
}

} // namespace keyward
