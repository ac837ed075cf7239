#include "domain/RateLimiter.h"

namespace keyward {

namespace {
constexpr qint64 windowMs = 60'000;
}

RateLimiter::Decision RateLimiter::consume(qint64 keyId, qint64 limitPerMinute,
                                           const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowStart = nowMs - nowMs % windowMs;
    QMutexLocker lock(&m_mutex);
    Window &window = m_windows[keyId];
    if (window.startMs != windowStart)
        window = {windowStart, 0};
    if (window.used >= limitPerMinute) {
        const qint64 remainingMs = windowStart + windowMs - nowMs;
        return {false, (remainingMs + 999) / 1000};
    }
    ++window.used;
    return {true, 0};
}

} // namespace keyward
