// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/RateLimiter.h"
#include "domain/Sentence.h"
#include "domain/VerificationCache.h"
#include "entities/ApiKey.h"
#include "store/ApiKeyRepository.h"
#include "store/TenantRepository.h"

#include <array>
#include <atomic>
#include <optional>

namespace keyward {

class Clock;
class NetworkAllowList;
class StoreChanges;
class UsageRecorder;

// Decides whether a presented key may be used, in a fixed order with one
// outcome per step: well-formed → exists → active → tenant active → not
// expired → inside its time window → has the permission → client address
// allowed → within its rate limit. The key row (by SHA-256 digest) and its
// tenant's state come from a VerificationCache, which reads the store only
// when it does not hold them for the current StoreChanges generation.
class KeyVerifier {
public:
    enum class Outcome {
        Accepted,
        Unknown,  // malformed, checksum wrong, no such key, or deleted
        Inactive, // disabled
        TenantInactive,
        Expired,
        OutsideTimeWindow, // not valid yet
        PermissionDenied,
        AddressNotAllowed,
        RateLimited,
        Unavailable, // the store failed
    };
    struct Check {
        Outcome outcome = Outcome::Unknown;
        // What verification read of the key (see VerificationCache): not its
        // name, description, digest or usage.
        std::optional<ApiKey> key;
        qint64 retryAfterSeconds = 0;
    };
    struct Request {
        QString clientAddress;
        QString requiredPermission; // empty: none needed
        // false: only whether the key is in force (introspection asks about a
        // key its caller does not present): the address, the rate limit and
        // the last use are not its business.
        bool inUse = true;
    };

    KeyVerifier(const Database &database, const Clock &clock, const NetworkAllowList &networks,
                UsageRecorder &usage);

    static constexpr int outcomeCount = int(Outcome::Unavailable) + 1;
    static QString outcomeName(Outcome outcome);
    // Why a check of `request` refused, in words for people (the console,
    // the CLI, OAuth's error_description); empty when it was accepted. The
    // one place these words are made.
    static Sentence explain(const Check &check, const Request &request);

    Check verify(QByteArrayView presentedKey, const Request &request) const;
    // The same decision when it can be made from memory alone (the key and
    // its tenant cached for the current generation, no shared rate limit to
    // consult); nullopt when it would have to wait on the store — then
    // verify() decides. For event loops, which must never block.
    std::optional<Check> verifyWithoutBlocking(QByteArrayView presentedKey,
                                               const Request &request) const;
    // The checks after lookup, for a key row found another way (a v1
    // JWT names its row by jti).
    Check checkRow(const ApiKey &key, const Request &request) const;
    // The key row a token names by id (nullopt inside: no such row), from
    // the cache or the store; what checkRow() is then asked about.
    Result<std::optional<ApiKey>, StoreError> keyById(qint64 id) const;
    // How many verifications ended with this outcome since start (metrics).
    quint64 count(Outcome outcome) const { return m_counts[int(outcome)].load(); }

private:
    // Whether a decision may wait on the store.
    enum class Reads { Allowed, Forbidden };

    // nullopt only when reads are forbidden and the store would be needed.
    std::optional<Check> decide(QByteArrayView presentedKey, const Request &request,
                                Reads reads) const;
    // The key with this digest and its tenant's state, from the cache or
    // the store; nullopt when the store failed, or was needed and reads are
    // forbidden.
    std::optional<VerificationCache::Snapshot> snapshot(const QByteArray &digest,
                                                        const QDateTime &now, Reads reads) const;
    // Whether the tenant is active; nullopt when the store failed.
    std::optional<bool> tenantActive(qint64 tenantId, quint64 generation) const;
    // nullopt only when reads are forbidden and the key's rate limit must
    // be consulted.
    std::optional<Check> evaluate(const ApiKey &key, std::optional<bool> tenantActive,
                                  const Request &request, const QDateTime &now, Reads reads) const;
    // Counts the decision: in the totals by outcome and, for a key in use,
    // in the key's own usage.
    void tally(const Check &check, const Request &request, const QDateTime &now) const;

    ApiKeyRepository m_keys;
    TenantRepository m_tenants;
    const Clock &m_clock;
    const NetworkAllowList &m_networks;
    RateLimiter m_rateLimiter;
    StoreChanges &m_changes;
    mutable VerificationCache m_cache;
    UsageRecorder &m_usage;
    mutable std::array<std::atomic<quint64>, outcomeCount> m_counts{};
};

} // namespace keyward
