// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/AttentionCounts.h"

#include "domain/Clock.h"

#include <algorithm>

namespace keyward {

Result<QList<AttentionCounts::Count>, StoreError> AttentionCounts::current() const
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock.now();
    if (m_countedAt.isValid() && m_countedAt.secsTo(now) < maxAgeSeconds && m_countedAt <= now)
        return m_counts;
    QList<Count> counts;
    using Concern = KeyHygiene::Concern;
    for (const Concern concern :
         {Concern::ExpiringSoon, Concern::NeverUsed, Concern::Idle, Concern::WideOpen}) {
        auto counted = perTenant(concern, {});
        if (!counted)
            return counted.error();
        for (auto it = counted->cbegin(); it != counted->cend(); ++it)
            counts.append({it.key(), concern, it.value()});
    }
    std::sort(counts.begin(), counts.end(), [](const Count &a, const Count &b) {
        return a.tenantId != b.tenantId ? a.tenantId < b.tenantId : a.concern < b.concern;
    });
    m_counts = counts;
    m_countedAt = now;
    return counts;
}

Result<QHash<qint64, qint64>, StoreError>
AttentionCounts::perTenant(KeyHygiene::Concern concern, const KeyHygiene::Settings &settings) const
{
    ApiKeyRepository::Filter filter;
    filter.attention = KeyHygiene::attention(concern, m_clock.now(), settings);
    return m_keys.countPerTenant(filter);
}

} // namespace keyward
