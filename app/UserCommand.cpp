// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "UserCommand.h"

#include "AdminSession.h"
#include "CliViews.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QTextStream>

using namespace keyward;

namespace {

const QStringList headers{QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("ROLE"),
                          QStringLiteral("TENANT"), QStringLiteral("STATE")};

QStringList row(const User &user)
{
    return {QString::number(user.id), user.email, roleName(user.role),
            QString::number(user.tenantId),
            user.isActive ? QStringLiteral("active") : QStringLiteral("inactive")};
}

// Passwords come from standard input, never from the command line where
// other users can read them in the process list.
QString passwordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int UserCommand::run(const QStringList &arguments)
{
    AdminSession session(
        QStringLiteral("Manage users."),
        QStringLiteral("list [--tenant ID] | create --email E --tenant ID [--role R] "
                       "--password-stdin | update ID [--email E] [--role R] "
                       "[--active true|false] [--password-stdin]"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Tenant id."),
                                    QStringLiteral("id"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Email address."),
                                   QStringLiteral("email"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("SuperAdmin, Admin or User."),
                                  QStringLiteral("role"));
    const QCommandLineOption active(QStringLiteral("active"), QStringLiteral("true or false."),
                                    QStringLiteral("bool"));
    const QCommandLineOption password(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the password from the first line of standard input."));
    session.parser().addOptions({tenant, email, role, active, password});
    if (const auto exit = session.open(arguments))
        return *exit;
    const UserService &users = session.services().users;
    const QCommandLineParser &parser = session.parser();

    std::optional<qint64> tenantId;
    if (parser.isSet(tenant) &&
        !(tenantId = session.id(parser.value(tenant), QStringLiteral("--tenant"))))
        return AdminSession::Usage;
    std::optional<Role> roleValue;
    if (parser.isSet(role) && !(roleValue = roleFromName(parser.value(role))))
        return session.usage(QStringLiteral("--role must be SuperAdmin, Admin or User"));

    if (session.verb() == QLatin1String("list")) {
        auto page = users.list(session.actor(), tenantId, {1, PageRequest::maxPageSize});
        if (!page)
            return session.fail(page.error());
        AdminSession::Table table{headers, {}};
        QJsonArray json;
        for (const User &user : page->items) {
            table.rows << row(user);
            json << CliViews::user(user);
        }
        return session.print(json, table, QStringLiteral("no users"));
    }
    if (session.verb() == QLatin1String("create")) {
        if (!parser.isSet(email) || !tenantId || !parser.isSet(password))
            return session.usage(
                QStringLiteral("user create needs --email, --tenant and --password-stdin"));
        auto user =
            users.create(session.actor(), {tenantId, parser.value(email), passwordFromStdin(),
                                           roleValue.value_or(Role::User)});
        if (!user)
            return session.fail(user.error());
        return session.print(CliViews::user(*user), {headers, {row(*user)}});
    }
    if (session.verb() == QLatin1String("update")) {
        const auto id = session.id(session.operands().value(0), QStringLiteral("ID"));
        if (!id)
            return AdminSession::Usage;
        UserService::Changes changes;
        if (parser.isSet(email))
            changes.email = parser.value(email);
        changes.role = roleValue;
        if (!session.boolOption(active, &changes.isActive))
            return AdminSession::Usage;
        if (parser.isSet(password))
            changes.password = passwordFromStdin();
        auto user = users.update(session.actor(), *id, changes);
        if (!user)
            return session.fail(user.error());
        return session.print(CliViews::user(*user), {headers, {row(*user)}});
    }
    return session.usage(QStringLiteral("unknown user command \"%1\"").arg(session.verb()));
}
