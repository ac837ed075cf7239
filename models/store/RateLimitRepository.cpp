#include "store/RateLimitRepository.h"

#include "store/Sql.h"

namespace keyward {

Result<qint64, StoreError> RateLimitRepository::countUse(qint64 keyId, qint64 windowStartMs) const
{
    // One upsert, so concurrent uses from any instance are each counted.
    auto query = Sql::exec(
        m_database,
        QStringLiteral(
            "INSERT INTO rate_limit_windows (key_id, window_start, used) VALUES (?, ?, 1) "
            "ON CONFLICT (key_id) DO UPDATE SET "
            "used = CASE WHEN rate_limit_windows.window_start = excluded.window_start "
            "THEN rate_limit_windows.used + 1 ELSE 1 END, "
            "window_start = excluded.window_start "
            "RETURNING used"),
        {keyId, windowStartMs});
    if (!query)
        return query.error();
    if (!query->next())
        return StoreError::failure(QStringLiteral("rate limit window not returned"));
    return query->value(0).toLongLong();
}

} // namespace keyward
