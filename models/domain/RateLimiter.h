// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/RateLimitRepository.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <optional>

namespace keyward {

// Per-key request budget over a sliding minute: a use is accepted only while
// the key's accepted uses in the current second and the 60 before it number
// fewer than its limit, so no 60-second span holds more than the limit (a
// use frees its place 60 to 61 seconds later). Refused uses are not counted.
// Counted in the store under a per-key lock, so instances sharing it share
// the budget: together they never exceed it.
//
// Uses are claimed from the store a lease at a time: up to a second's share
// of the limit (limit / 60, at least 1), counted as used in the current
// second, and spent in memory during that second only — so the count in the
// store is never below what was spent in any second. What a lease did not
// spend is given back at the instance's next claim for the key. An instance
// that stops using a key mid-second thus holds back at most limit / 60 of
// its budget (for 61 seconds at most); it never lets the key exceed it. A
// refusal is remembered until its Retry-After, for the limit it was
// decided under.
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

    // From the lease or remembered refusal, else from the store.
    Result<Decision, StoreError> consume(qint64 keyId, qint64 limitPerMinute,
                                         const QDateTime &now) const;
    // From memory alone; nullopt: the store must be asked (consume()).
    std::optional<Decision> consumeFromMemory(qint64 keyId, qint64 limitPerMinute,
                                              const QDateTime &now) const;
    // How many uses one claim asks for.
    static qint64 leaseSize(qint64 limitPerMinute) { return qMax<qint64>(1, limitPerMinute / 60); }

private:
    struct Lease {
        qint64 limit = 0;
        qint64 second = 0; // spent during this epoch second only
        qint64 granted = 0;
        qint64 spent = 0;
        qint64 refusedUntil = 0; // epoch second; 0: not refused
    };
    // Takes the key's lease out of the book when it is of a past second:
    // what it left unspent, to give back.
    std::optional<Lease> expiredLease(qint64 keyId, qint64 second) const;
    void remember(qint64 keyId, const Lease &claimed) const;
    Result<Decision, StoreError> claim(qint64 keyId, qint64 limitPerMinute, qint64 second) const;

    const Database &m_database;
    RateLimitRepository m_uses;
    mutable QMutex m_mutex;
    mutable QHash<qint64, Lease> m_leases;
};

} // namespace keyward
