// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/AuditLog.h"

#include "domain/Clock.h"

namespace keyward {

AuditLog::AuditLog(const Database &database, const Clock &clock)
    : m_events(database)
    , m_clock(clock)
{}

Result<qint64, StoreError> AuditLog::record(const Actor &actor, std::optional<qint64> tenantId,
                                            const QString &action, const QString &target,
                                            const QString &detail) const
{
    return m_events.append(
        {0, m_clock.now(), actor.name(), tenantId, action, target, actor.sourceIp, detail});
}

Result<Page<AuditEvent>, StoreError> AuditLog::list(std::optional<qint64> tenantId,
                                                    const PageRequest &page, const QString &search,
                                                    const AuditSort &sort) const
{
    return m_events.list(tenantId, page,
                         search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts), sort);
}

} // namespace keyward
