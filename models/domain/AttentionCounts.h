// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/KeyHygiene.h"
#include "store/ApiKeyRepository.h"

#include <QDateTime>
#include <QList>
#include <QMutex>

namespace keyward {

class Clock;

// How many keys of each tenant KeyHygiene raises each concern about, for
// /metrics. Counting reads every key, so counts are kept for a minute:
// scrapes, and anyone calling the open /metrics in a loop, cost the store
// at most one count of each concern a minute.
class AttentionCounts {
public:
    static constexpr int maxAgeSeconds = 60;

    struct Count {
        qint64 tenantId = 0;
        KeyHygiene::Concern concern = KeyHygiene::Concern::ExpiringSoon;
        qint64 keys = 0;
    };

    AttentionCounts(const Database &database, const Clock &clock)
        : m_keys(database)
        , m_clock(clock)
    {}

    // By tenant, then concern; tenants with nothing to look at are left out.
    Result<QList<Count>, StoreError> current() const;
    // One concern, judged with these settings, counted now (not kept).
    Result<QHash<qint64, qint64>, StoreError> perTenant(KeyHygiene::Concern concern,
                                                        const KeyHygiene::Settings &settings) const;

private:
    ApiKeyRepository m_keys;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    mutable QDateTime m_countedAt;
    mutable QList<Count> m_counts;
};

} // namespace keyward
