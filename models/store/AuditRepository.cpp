// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/AuditRepository.h"

#include "store/ChangeListener.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace keyward {

namespace {

const QString columns =
    QStringLiteral("id, occurred_at, actor, tenant_id, action, target, source_ip, detail");

AuditEvent eventFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), Sql::timeFrom(row.value(1)),
            row.value(2).toString(),   Sql::optionalIntFrom(row.value(3)),
            row.value(4).toString(),   row.value(5).toString(),
            row.value(6).toString(),   row.value(7).toString()};
}

// An expression never NULL; ties are broken by id, which is also the time
// order (Sql::selectPage).
Sql::Order orderOf(const AuditSort &sort)
{
    Sql::Order order{QStringLiteral("id"), {}, sort.descending};
    switch (sort.by) {
    case AuditSort::By::Time:
        break;
    case AuditSort::By::Actor:
        order.expression = QStringLiteral("actor");
        break;
    case AuditSort::By::Tenant:
        order.expression = QStringLiteral("COALESCE(tenant_id, 0)");
        break;
    case AuditSort::By::Action:
        order.expression = QStringLiteral("action");
        break;
    case AuditSort::By::Target:
        order.expression = QStringLiteral("target");
        break;
    case AuditSort::By::Source:
        order.expression = QStringLiteral("source_ip");
        break;
    case AuditSort::By::Detail:
        order.expression = QStringLiteral("detail");
        break;
    }
    return order;
}

} // namespace

Result<qint64, StoreError> AuditRepository::append(const AuditEvent &event) const
{
    // Heard by every instance's ChangeListener when the change commits.
    if (m_database.url().backend == DatabaseUrl::Backend::PostgreSQL) {
        if (auto notified = Sql::exec(m_database, QStringLiteral("SELECT pg_notify(?, ?)"),
                                      {ChangeListener::channel(), m_database.changes().token()});
            !notified)
            return notified.error();
    }
    return Sql::insert(m_database,
                       QStringLiteral("INSERT INTO audit_events (occurred_at, actor, tenant_id, "
                                      "action, target, source_ip, detail) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {Sql::time(event.occurredAt), event.actor, Sql::optionalInt(event.tenantId),
                        event.action, event.target, event.sourceIp, event.detail});
}

Result<Page<AuditEvent>, StoreError> AuditRepository::list(std::optional<qint64> tenantId,
                                                           const PageRequest &request,
                                                           const QStringList &searchTerms,
                                                           const AuditSort &sort) const
{
    QVariantList values;
    const QString where = Sql::tenantSearchCondition(
        m_database.dialect(), tenantId, searchTerms,
        {QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
         QStringLiteral("source_ip"), QStringLiteral("detail")},
        values);
    return Sql::selectPage<AuditEvent>(m_database, columns, QStringLiteral("audit_events"), where,
                                       values, orderOf(sort), request, eventFrom);
}

} // namespace keyward
