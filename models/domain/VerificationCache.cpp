// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/VerificationCache.h"

#include <memory>

namespace keyward {

VerificationCache::VerificationCache(int capacity)
    : m_keys(capacity)
{}

VerificationCache::Held VerificationCache::Held::of(const ApiKey &key)
{
    return {key.id,
            key.tenantId,
            key.kind,
            key.status,
            key.permissions,
            key.allowedNetworks,
            key.rateLimitPerMinute,
            key.notBefore,
            key.expiresAt,
            key.jti};
}

ApiKey VerificationCache::Held::key() const
{
    ApiKey key;
    key.id = id;
    key.tenantId = tenantId;
    key.kind = kind;
    key.status = status;
    key.permissions = permissions;
    key.allowedNetworks = allowedNetworks;
    key.rateLimitPerMinute = rateLimitPerMinute;
    key.notBefore = notBefore;
    key.expiresAt = expiresAt;
    key.jti = jti;
    return key;
}

VerificationCache::Snapshot VerificationCache::Entry::snapshot() const
{
    return {key ? std::optional<ApiKey>(key->key()) : std::nullopt, tenantActive};
}

bool VerificationCache::follow(quint64 generation) const
{
    if (generation > m_generation) {
        m_keys.clear();
        m_tenants.clear();
        m_generation = generation;
    }
    return generation == m_generation;
}

std::optional<VerificationCache::Snapshot>
VerificationCache::find(const QByteArray &digest, quint64 generation, qint64 nowMs) const
{
    const QMutexLocker locker(&m_mutex);
    if (!follow(generation))
        return std::nullopt;
    const Entry *entry = m_keys.object(digest);
    if (!entry || (entry->expiresMs && nowMs >= entry->expiresMs))
        return std::nullopt;
    return entry->snapshot();
}

VerificationCache::Snapshot VerificationCache::insert(const QByteArray &digest,
                                                      const Snapshot &snapshot, quint64 generation,
                                                      qint64 nowMs)
{
    auto entry = std::make_unique<Entry>();
    if (snapshot.key)
        entry->key = Held::of(*snapshot.key);
    entry->tenantActive = snapshot.tenantActive;
    entry->expiresMs = snapshot.key ? 0 : nowMs + unknownForMs;
    Snapshot held = entry->snapshot();
    const QMutexLocker locker(&m_mutex);
    if (follow(generation))
        m_keys.insert(digest, entry.release());
    return held;
}

std::optional<bool> VerificationCache::tenantActive(qint64 tenantId, quint64 generation) const
{
    const QMutexLocker locker(&m_mutex);
    if (!follow(generation))
        return std::nullopt;
    const auto found = m_tenants.constFind(tenantId);
    if (found == m_tenants.constEnd())
        return std::nullopt;
    return *found;
}

void VerificationCache::insertTenant(qint64 tenantId, bool active, quint64 generation)
{
    const QMutexLocker locker(&m_mutex);
    if (follow(generation))
        m_tenants.insert(tenantId, active);
}

} // namespace keyward
