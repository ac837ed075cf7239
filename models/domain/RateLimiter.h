#pragma once

#include "Result.h"
#include "store/RateLimitRepository.h"

#include <QDateTime>

namespace keyward {

// Per-key request budget over a sliding minute: a use is accepted only while
// the key's accepted uses in the current second and the 60 before it number
// fewer than its limit, so no 60-second span holds more than the limit (a
// use frees its place 60 to 61 seconds later). Refused uses are not counted.
// Counted in the store under a per-key lock, so instances sharing it share
// the budget exactly.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        qint64 retryAfterSeconds = 0;
    };

    explicit RateLimiter(const Database &database)
        : m_database(database)
        , m_uses(database)
    {}

    Result<Decision, StoreError> consume(qint64 keyId, qint64 limitPerMinute,
                                         const QDateTime &now) const;

private:
    const Database &m_database;
    RateLimitRepository m_uses;
};

} // namespace keyward
