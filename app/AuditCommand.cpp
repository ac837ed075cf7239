// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "AuditCommand.h"

#include "AdminSession.h"
#include "CliViews.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace keyward;

int AuditCommand::run(const QStringList &arguments)
{
    AdminSession session(QStringLiteral("Show the audit log, newest first."),
                         QStringLiteral("(none)"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Only this tenant's events."),
                                    QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("How many events (default 50, at most 500)."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    session.parser().addOptions({tenant, limit});
    if (const auto exit = session.open(QStringList(arguments) << QStringLiteral("show")))
        return *exit;
    std::optional<qint64> tenantId;
    if (session.parser().isSet(tenant) &&
        !(tenantId = session.id(session.parser().value(tenant), QStringLiteral("--tenant"))))
        return AdminSession::Usage;
    const auto count = session.id(session.parser().value(limit), QStringLiteral("--limit"));
    if (!count)
        return AdminSession::Usage;
    auto events = session.services().audit.list(
        tenantId, {1, int(qMin<qint64>(*count, PageRequest::maxPageSize))});
    if (!events)
        return session.fail(DomainError::unavailable(events.error()));
    AdminSession::Table table{{QStringLiteral("TIME"), QStringLiteral("ACTOR"),
                               QStringLiteral("TENANT"), QStringLiteral("ACTION"),
                               QStringLiteral("TARGET"), QStringLiteral("FROM"),
                               QStringLiteral("DETAIL")},
                              {}};
    QJsonArray json;
    for (const AuditEvent &event : events->items) {
        const QString tenantText =
            event.tenantId ? QString::number(*event.tenantId) : QStringLiteral("-");
        table.rows << QStringList{event.occurredAt.toString(Qt::ISODate),
                                  event.actor,
                                  tenantText,
                                  event.action,
                                  event.target,
                                  event.sourceIp,
                                  event.detail};
        json << QJsonObject{{QStringLiteral("time"), CliViews::time(event.occurredAt)},
                            {QStringLiteral("actor"), event.actor},
                            {QStringLiteral("tenantId"),
                             event.tenantId ? QJsonValue(*event.tenantId) : QJsonValue()},
                            {QStringLiteral("action"), event.action},
                            {QStringLiteral("target"), event.target},
                            {QStringLiteral("sourceIp"), event.sourceIp},
                            {QStringLiteral("detail"), event.detail}};
    }
    return session.print(json, table, QStringLiteral("no audit events"));
}
