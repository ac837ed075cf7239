// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/StoreError.h"

#include <QList>

namespace keyward {

class Database;

// The rate_limit_uses table: each rate-limited key's accepted uses per
// second (epoch seconds) over the last minute, shared by every instance on
// the store. The methods run inside the caller's write transaction, which
// holds the key's SqlDialect::Lock::RateLimit.
class RateLimitRepository {
public:
    struct Second {
        qint64 second = 0;
        qint64 used = 0;
    };

    explicit RateLimitRepository(const Database &database)
        : m_database(database)
    {}

    // Forgets the key's seconds before `from`, then lists the rest, oldest first.
    Result<QList<Second>, StoreError> secondsFrom(qint64 keyId, qint64 from) const;
    // Adds `count` uses (negative: gives them back) to the key's second.
    Result<Ok, StoreError> countUses(qint64 keyId, qint64 second, qint64 count) const;

private:
    const Database &m_database;
};

} // namespace keyward
