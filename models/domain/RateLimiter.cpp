#include "domain/RateLimiter.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace keyward {

namespace {
// The current second and the 60 before it: any 60-second span, wherever it
// starts within a second, lies inside such 61 seconds.
constexpr qint64 windowSeconds = 61;
} // namespace

Result<RateLimiter::Decision, StoreError> RateLimiter::consume(qint64 keyId, qint64 limitPerMinute,
                                                               const QDateTime &now) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return StoreError::failure(QStringLiteral("cannot begin a transaction"));
    QSqlDatabase connection = m_database.connection();
    if (!m_database.dialect().lock(connection, SqlDialect::Lock::RateLimit, keyId))
        return StoreError::failure(QStringLiteral("cannot lock the key's rate limit"));
    const qint64 second = now.toSecsSinceEpoch();
    auto seconds = m_uses.secondsFrom(keyId, second - windowSeconds + 1);
    if (!seconds)
        return seconds.error();
    qint64 used = 0;
    for (const auto &counted : *seconds)
        used += counted.used;
    Decision decision;
    if (used >= limitPerMinute) {
        // Wait until enough of the oldest seconds have left the window.
        qint64 leaving = 0;
        for (const auto &counted : *seconds) {
            leaving += counted.used;
            if (used - leaving < limitPerMinute) {
                decision = {false, qMax<qint64>(1, counted.second + windowSeconds - second)};
                break;
            }
        }
    } else if (auto counted = m_uses.countUse(keyId, second); !counted) {
        return counted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return decision;
}

} // namespace keyward
