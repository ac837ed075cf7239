#pragma once

#include "Result.h"
#include "store/StoreError.h"

namespace keyward {

class Database;

// The rate_limit_windows table: each rate-limited key's current window and
// the uses counted in it, shared by every instance on the store.
class RateLimitRepository {
public:
    explicit RateLimitRepository(const Database &database)
        : m_database(database)
    {}

    // Counts one use in the window starting at windowStartMs (a new window
    // starts over at 1) in a single atomic statement; the uses counted in
    // the window so far, this one included.
    Result<qint64, StoreError> countUse(qint64 keyId, qint64 windowStartMs) const;

private:
    const Database &m_database;
};

} // namespace keyward
