#pragma once

#include "Result.h"
#include "store/RateLimitRepository.h"

#include <QDateTime>

namespace keyward {

// Per-key request budget: at most N uses in each fixed one-minute window.
// Counted in the store, so instances sharing it share the budget.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        qint64 retryAfterSeconds = 0;
    };

    explicit RateLimiter(const Database &database)
        : m_windows(database)
    {}

    Result<Decision, StoreError> consume(qint64 keyId, qint64 limitPerMinute,
                                         const QDateTime &now) const;

private:
    RateLimitRepository m_windows;
};

} // namespace keyward
