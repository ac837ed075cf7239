// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/RateLimiter.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace keyward {

namespace {
// The current second and the 60 before it: any 60-second span, wherever it
// starts within a second, lies inside such 61 seconds.
constexpr qint64 windowSeconds = 61;
// Leases of past seconds are swept from the book beyond this many keys.
constexpr qsizetype sweepAbove = 10'000;
} // namespace

std::optional<RateLimiter::Decision>
RateLimiter::consumeFromMemory(qint64 keyId, qint64 limitPerMinute, const QDateTime &now) const
{
    const qint64 second = now.toSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    const auto found = m_leases.find(keyId);
    if (found == m_leases.end() || found->limit != limitPerMinute)
        return std::nullopt;
    if (found->second == second && found->spent < found->granted) {
        ++found->spent;
        return Decision{};
    }
    if (found->refusedUntil > second)
        return Decision{false, found->refusedUntil - second};
    return std::nullopt;
}

Result<RateLimiter::Decision, StoreError> RateLimiter::consume(qint64 keyId, qint64 limitPerMinute,
                                                               const QDateTime &now) const
{
    if (auto remembered = consumeFromMemory(keyId, limitPerMinute, now))
        return *remembered;
    return claim(keyId, limitPerMinute, now.toSecsSinceEpoch());
}

std::optional<RateLimiter::Lease> RateLimiter::expiredLease(qint64 keyId, qint64 second) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_leases.find(keyId);
    if (found == m_leases.end() || found->second >= second)
        return std::nullopt;
    const Lease expired = *found;
    m_leases.erase(found);
    return expired;
}

void RateLimiter::remember(qint64 keyId, const Lease &claimed) const
{
    QMutexLocker lock(&m_mutex);
    if (m_leases.size() > sweepAbove) {
        m_leases.removeIf([&claimed](const auto &entry) {
            return entry.value().second < claimed.second &&
                   entry.value().refusedUntil <= claimed.second;
        });
    }
    Lease &lease = m_leases[keyId];
    if (lease.second == claimed.second && lease.limit == claimed.limit) {
        // Another thread claimed in this second too: one lease holds both.
        lease.granted += claimed.granted;
        lease.spent += claimed.spent;
        lease.refusedUntil = qMax(lease.refusedUntil, claimed.refusedUntil);
        return;
    }
    lease = claimed;
}

Result<RateLimiter::Decision, StoreError> RateLimiter::claim(qint64 keyId, qint64 limitPerMinute,
                                                             qint64 second) const
{
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return StoreError::failure(QStringLiteral("cannot begin a transaction"));
    QSqlDatabase connection = m_database.connection();
    if (!m_database.dialect().lock(connection, SqlDialect::Lock::RateLimit, keyId))
        return StoreError::failure(QStringLiteral("cannot lock the key's rate limit"));
    // Give back what the last lease left unspent (if this fails, the
    // budget is only held back, never exceeded).
    if (const auto expired = expiredLease(keyId, second);
        expired && expired->granted > expired->spent && expired->second > second - windowSeconds) {
        if (auto returned =
                m_uses.countUses(keyId, expired->second, expired->spent - expired->granted);
            !returned)
            return returned.error();
    }
    auto seconds = m_uses.secondsFrom(keyId, second - windowSeconds + 1);
    if (!seconds)
        return seconds.error();
    qint64 used = 0;
    for (const auto &counted : *seconds)
        used += counted.used;
    Decision decision;
    Lease lease{limitPerMinute, second, 0, 0, 0};
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
        lease.refusedUntil = second + decision.retryAfterSeconds;
    } else {
        lease.granted = qMin(limitPerMinute - used, leaseSize(limitPerMinute));
        lease.spent = 1;
        if (auto counted = m_uses.countUses(keyId, second, lease.granted); !counted)
            return counted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    remember(keyId, lease);
    return decision;
}

} // namespace keyward
