#include "domain/RateLimiter.h"

namespace keyward {

namespace {
constexpr qint64 windowMs = 60'000;
}

Result<RateLimiter::Decision, StoreError> RateLimiter::consume(qint64 keyId, qint64 limitPerMinute,
                                                               const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowStart = nowMs - nowMs % windowMs;
    auto used = m_windows.countUse(keyId, windowStart);
    if (!used)
        return used.error();
    if (*used > limitPerMinute) {
        const qint64 remainingMs = windowStart + windowMs - nowMs;
        return Decision{false, (remainingMs + 999) / 1000};
    }
    return Decision{true, 0};
}

} // namespace keyward
