// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/AuditEvent.h"
#include "entities/AuditSort.h"
#include "entities/Page.h"
#include "store/StoreError.h"

namespace keyward {

class Database;

// The audit_events table: append-only.
class AuditRepository {
public:
    explicit AuditRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> append(const AuditEvent &event) const;
    // In `sort` (newest first unless told); tenantId nullopt lists every
    // tenant's events. With searchTerms, only the events where each appears
    // in the actor, action, target, source address or detail.
    Result<Page<AuditEvent>, StoreError> list(std::optional<qint64> tenantId,
                                              const PageRequest &page,
                                              const QStringList &searchTerms = {},
                                              const AuditSort &sort = {}) const;

private:
    const Database &m_database;
};

} // namespace keyward
