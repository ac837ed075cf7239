#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace keyward {

// Per-key request budget: at most N uses in any fixed one-minute window.
// In memory, per process; thread-safe.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        qint64 retryAfterSeconds = 0;
    };

    Decision consume(qint64 keyId, qint64 limitPerMinute, const QDateTime &now);

private:
    struct Window {
        qint64 startMs = 0;
        qint64 used = 0;
    };
    QMutex m_mutex;
    QHash<qint64, Window> m_windows;
};

} // namespace keyward
