// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "domain/KeyUsage.h"
#include "store/KeyUsageRepository.h"

namespace keyward {

class Clock;
class KeyService;

// Reports how a key has been used and refused, to whoever may read the key
// (an Admin of its tenant, a SuperAdmin, the operator): another tenant's key
// is not found, as everywhere.
class KeyUsageService {
public:
    KeyUsageService(const Database &database, const Clock &clock, const KeyService &keys)
        : m_usage(database)
        , m_clock(clock)
        , m_keys(keys)
    {}

    Outcome<KeyUsageReport> report(const Actor &actor, qint64 keyId, const UsageSpan &span) const;

private:
    KeyUsageRepository m_usage;
    const Clock &m_clock;
    const KeyService &m_keys;
};

} // namespace keyward
