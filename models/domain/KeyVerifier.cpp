// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyVerifier.h"

#include "crypto/Digest.h"
#include "crypto/KeyFormat.h"
#include "domain/Clock.h"
#include "domain/NetworkAllowList.h"
#include "domain/UsageRecorder.h"
#include "store/Database.h"

namespace keyward {

KeyVerifier::KeyVerifier(const Database &database, const Clock &clock,
                         const NetworkAllowList &networks, UsageRecorder &usage)
    : m_keys(database)
    , m_tenants(database)
    , m_clock(clock)
    , m_networks(networks)
    , m_rateLimiter(database)
    , m_changes(database.changes())
    , m_usage(usage)
{}

QString KeyVerifier::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Inactive:
        return QStringLiteral("inactive");
    case Outcome::TenantInactive:
        return QStringLiteral("tenant_inactive");
    case Outcome::Expired:
        return QStringLiteral("expired");
    case Outcome::OutsideTimeWindow:
        return QStringLiteral("outside_time_window");
    case Outcome::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Outcome::AddressNotAllowed:
        return QStringLiteral("address_not_allowed");
    case Outcome::RateLimited:
        return QStringLiteral("rate_limited");
    case Outcome::Unavailable:
        return QStringLiteral("unavailable");
    }
    Q_UNREACHABLE();
}

Sentence KeyVerifier::explain(const Check &check, const Request &request)
{
    switch (check.outcome) {
    case Outcome::Accepted:
        return {};
    case Outcome::Unknown:
        return QT_TRANSLATE_NOOP("Sentence", "the key is unknown or no longer exists");
    case Outcome::Inactive:
        return QT_TRANSLATE_NOOP("Sentence", "the key is disabled");
    case Outcome::TenantInactive:
        return QT_TRANSLATE_NOOP("Sentence", "its tenant is inactive");
    case Outcome::Expired:
        return QT_TRANSLATE_NOOP("Sentence", "the key has expired");
    case Outcome::OutsideTimeWindow:
        return QT_TRANSLATE_NOOP("Sentence", "the key is not valid yet");
    case Outcome::PermissionDenied:
        if (request.requiredPermission.isEmpty())
            return QT_TRANSLATE_NOOP("Sentence", "the key lacks the permission");
        return {QT_TRANSLATE_NOOP("Sentence", "the key lacks the permission %1"),
                {request.requiredPermission}};
    case Outcome::AddressNotAllowed:
        if (request.clientAddress.isEmpty())
            return QT_TRANSLATE_NOOP("Sentence", "the key only works from its allowed networks");
        return {QT_TRANSLATE_NOOP("Sentence",
                                  "the key only works from its allowed networks, not from %1"),
                {request.clientAddress}};
    case Outcome::RateLimited:
        return {QT_TRANSLATE_NOOP("Sentence", "the key's rate limit is reached; try again in %1 s"),
                {QString::number(check.retryAfterSeconds)}};
    case Outcome::Unavailable:
        return QT_TRANSLATE_NOOP("Sentence", "the key store is unavailable");
    }
    Q_UNREACHABLE();
}

KeyVerifier::Check KeyVerifier::verify(QByteArrayView presentedKey, const Request &request) const
{
    return *decide(presentedKey, request, Reads::Allowed);
}

std::optional<KeyVerifier::Check> KeyVerifier::verifyWithoutBlocking(QByteArrayView presentedKey,
                                                                     const Request &request) const
{
    return decide(presentedKey, request, Reads::Forbidden);
}

std::optional<KeyVerifier::Check> KeyVerifier::decide(QByteArrayView presentedKey,
                                                      const Request &request, Reads reads) const
{
    const QDateTime now = m_clock.now();
    std::optional<Check> check = [&]() -> std::optional<Check> {
        if (!KeyFormat::classify(presentedKey))
            return Check{Outcome::Unknown, std::nullopt, 0};
        const auto found = snapshot(Digest::sha256Hex(presentedKey), now, reads);
        if (!found && reads == Reads::Forbidden)
            return std::nullopt;
        if (!found)
            return Check{Outcome::Unavailable, std::nullopt, 0};
        if (!found->key)
            return Check{Outcome::Unknown, std::nullopt, 0};
        return evaluate(*found->key, found->tenantActive, request, now, reads);
    }();
    if (check)
        tally(*check, request, now);
    return check;
}

KeyVerifier::Check KeyVerifier::checkRow(const ApiKey &key, const Request &request) const
{
    const QDateTime now = m_clock.now();
    const auto active = key.status == KeyStatus::Active
                            ? tenantActive(key.tenantId, m_changes.current())
                            : std::optional<bool>(false); // not asked: the key decides
    const Check check = *evaluate(key, active, request, now, Reads::Allowed);
    tally(check, request, now);
    return check;
}

Result<std::optional<ApiKey>, StoreError> KeyVerifier::keyById(qint64 id) const
{
    // Cached beside the digests, under a name no hex digest can have.
    const QByteArray name = "id:" + QByteArray::number(id);
    const quint64 generation = m_changes.current();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (auto cached = m_cache.find(name, generation, nowMs))
        return cached->key;
    auto found = m_keys.findById(id);
    if (!found)
        return found.error();
    VerificationCache::Snapshot read;
    read.key = *found;
    return m_cache.insert(name, read, generation, nowMs).key;
}

std::optional<VerificationCache::Snapshot>
KeyVerifier::snapshot(const QByteArray &digest, const QDateTime &now, Reads reads) const
{
    const auto known =
        reads == Reads::Allowed ? m_changes.current() : m_changes.currentWithoutLooking();
    if (!known)
        return std::nullopt;
    const quint64 generation = *known;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (auto cached = m_cache.find(digest, generation, nowMs))
        return cached;
    if (reads == Reads::Forbidden)
        return std::nullopt;
    auto found = m_keys.findByDigest(digest);
    if (!found)
        return std::nullopt;
    VerificationCache::Snapshot read;
    // The v1 API's key JWTs are presented as JWTs, never by digest.
    if (found->has_value() && (*found)->kind != ApiKeyKind::Jwt &&
        (*found)->status != KeyStatus::Deleted) {
        const auto active = tenantActive((*found)->tenantId, generation);
        if (!active)
            return std::nullopt;
        read = {**found, *active};
    }
    return m_cache.insert(digest, read, generation, nowMs);
}

std::optional<bool> KeyVerifier::tenantActive(qint64 tenantId, quint64 generation) const
{
    if (auto cached = m_cache.tenantActive(tenantId, generation))
        return cached;
    auto tenant = m_tenants.findById(tenantId);
    if (!tenant)
        return std::nullopt;
    const bool active = tenant->has_value() && (*tenant)->isActive;
    m_cache.insertTenant(tenantId, active, generation);
    return active;
}

std::optional<KeyVerifier::Check> KeyVerifier::evaluate(const ApiKey &key,
                                                        std::optional<bool> tenantActive,
                                                        const Request &request,
                                                        const QDateTime &now, Reads reads) const
{
    auto refuse = [&key](Outcome outcome, qint64 retryAfter = 0) {
        return Check{outcome, key, retryAfter};
    };
    if (key.status == KeyStatus::Deleted)
        return Check{Outcome::Unknown, std::nullopt, 0};
    if (key.status != KeyStatus::Active)
        return refuse(Outcome::Inactive);
    if (!tenantActive)
        return refuse(Outcome::Unavailable);
    if (!*tenantActive)
        return refuse(Outcome::TenantInactive);
    if (key.isExpiredAt(now))
        return refuse(Outcome::Expired);
    if (key.notBefore.isValid() && now < key.notBefore)
        return refuse(Outcome::OutsideTimeWindow);
    if (!request.requiredPermission.isEmpty() && !key.hasPermission(request.requiredPermission))
        return refuse(Outcome::PermissionDenied);
    if (!request.inUse)
        return Check{Outcome::Accepted, key, 0};
    if (!m_networks.allows(key.allowedNetworks, request.clientAddress))
        return refuse(Outcome::AddressNotAllowed);
    if (key.rateLimitPerMinute) {
        const qint64 limit = *key.rateLimitPerMinute;
        std::optional<RateLimiter::Decision> decision;
        if (reads == Reads::Forbidden) {
            decision = m_rateLimiter.consumeFromMemory(key.id, limit, now);
            if (!decision)
                return std::nullopt;
        } else {
            const auto consumed = m_rateLimiter.consume(key.id, limit, now); // memory first
            if (!consumed)
                return refuse(Outcome::Unavailable);
            decision = *consumed;
        }
        if (!decision->allowed)
            return refuse(Outcome::RateLimited, decision->retryAfterSeconds);
    }
    return Check{Outcome::Accepted, key, 0};
}

void KeyVerifier::tally(const Check &check, const Request &request, const QDateTime &now) const
{
    ++m_counts[int(check.outcome)];
    if (check.key && request.inUse)
        m_usage.record(check.key->id, now, check.outcome, request.clientAddress);
}

} // namespace keyward
