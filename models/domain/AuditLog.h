// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/Actor.h"
#include "entities/AuditEvent.h"
#include "entities/Page.h"
#include "store/AuditRepository.h"

namespace keyward {

class Clock;

// Records every mutation. Services call it inside the mutation's transaction,
// so an event exists exactly when its change does.
class AuditLog {
public:
    AuditLog(const Database &database, const Clock &clock);

    Result<qint64, StoreError> record(const Actor &actor, std::optional<qint64> tenantId,
                                      const QString &action, const QString &target,
                                      const QString &detail = {}) const;
    // In `sort` (newest first unless told); with search, only the events
    // where each of its words appears in the actor, action, target, source
    // address or detail.
    Result<Page<AuditEvent>, StoreError> list(std::optional<qint64> tenantId,
                                              const PageRequest &page, const QString &search = {},
                                              const AuditSort &sort = {}) const;

private:
    AuditRepository m_events;
    const Clock &m_clock;
};

} // namespace keyward
