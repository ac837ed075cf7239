// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TenantCommand.h"

#include "AdminSession.h"
#include "CliViews.h"
#include "domain/Services.h"

#include <QJsonArray>

using namespace keyward;

namespace {

QStringList row(const Tenant &tenant)
{
    return {QString::number(tenant.id), tenant.name,
            tenant.isActive ? QStringLiteral("active") : QStringLiteral("inactive"),
            tenant.discoverable ? QStringLiteral("yes") : QStringLiteral("no"),
            tenant.createdAt.toString(Qt::ISODate)};
}
const QStringList headers{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STATE"),
                          QStringLiteral("DISCOVERABLE"), QStringLiteral("CREATED")};

} // namespace

int TenantCommand::run(const QStringList &arguments)
{
    AdminSession session(
        QStringLiteral("Manage tenants."),
        QStringLiteral("list | create NAME | update ID [--name N] [--active true|false] "
                       "[--discoverable true|false]"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("New name."),
                                  QStringLiteral("name"));
    const QCommandLineOption active(QStringLiteral("active"), QStringLiteral("true or false."),
                                    QStringLiteral("bool"));
    const QCommandLineOption discoverable(
        QStringLiteral("discoverable"),
        QStringLiteral("Whether anonymous callers may find it: true or false."),
        QStringLiteral("bool"));
    session.parser().addOptions({name, active, discoverable});
    if (const auto exit = session.open(arguments))
        return *exit;
    const TenantService &tenants = session.services().tenants;
    if (session.verb() == QLatin1String("list")) {
        auto page = tenants.list(session.actor(), {1, PageRequest::maxPageSize});
        if (!page)
            return session.fail(page.error());
        AdminSession::Table table{headers, {}};
        QJsonArray json;
        for (const Tenant &tenant : page->items) {
            table.rows << row(tenant);
            json << CliViews::tenant(tenant);
        }
        return session.print(json, table, QStringLiteral("no tenants"));
    }
    if (session.verb() == QLatin1String("create")) {
        if (session.operands().size() != 1)
            return session.usage(QStringLiteral("tenant create takes one NAME"));
        auto tenant = tenants.create(session.actor(), session.operands().first());
        if (!tenant)
            return session.fail(tenant.error());
        return session.print(CliViews::tenant(*tenant), {headers, {row(*tenant)}});
    }
    if (session.verb() == QLatin1String("update")) {
        const auto id = session.id(session.operands().value(0), QStringLiteral("ID"));
        if (!id)
            return AdminSession::Usage;
        TenantService::Changes changes;
        if (session.parser().isSet(name))
            changes.name = session.parser().value(name);
        if (!session.boolOption(active, &changes.isActive) ||
            !session.boolOption(discoverable, &changes.discoverable))
            return AdminSession::Usage;
        auto tenant = tenants.update(session.actor(), *id, changes);
        if (!tenant)
            return session.fail(tenant.error());
        return session.print(CliViews::tenant(*tenant), {headers, {row(*tenant)}});
    }
    return session.usage(QStringLiteral("unknown tenant command \"%1\"").arg(session.verb()));
}
