// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyUsageService.h"

#include "domain/Clock.h"
#include "domain/KeyService.h"
#include "domain/UsageRecorder.h"

namespace keyward {

Outcome<KeyUsageReport> KeyUsageService::report(const Actor &actor, qint64 keyId,
                                                const UsageSpan &span) const
{
    const auto key = m_keys.get(actor, keyId);
    if (!key)
        return key.error();
    const QDateTime now = m_clock.now();
    auto counts = m_usage.countsFrom(keyId, span.startAt(now).toSecsSinceEpoch());
    if (!counts)
        return DomainError::unavailable(counts.error());
    auto sightings = m_usage.recentSightings(keyId, UsageRecorder::addressesPerKey);
    if (!sightings)
        return DomainError::unavailable(sightings.error());
    KeyUsageReport report = KeyUsageReport::gather(keyId, span, now, *counts);
    report.recentAddresses = *sightings;
    return report;
}

} // namespace keyward
