// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/VerificationCache.h"

namespace keyward {

VerificationCache::VerificationCache(int capacity)
    : m_keys(capacity)
{}

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
    return entry->snapshot;
}

void VerificationCache::insert(const QByteArray &digest, const Snapshot &snapshot,
                               quint64 generation, qint64 nowMs)
{
    const QMutexLocker locker(&m_mutex);
    if (!follow(generation))
        return;
    m_keys.insert(digest, new Entry{snapshot, snapshot.key ? 0 : nowMs + unknownForMs});
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
