// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeyCommand.h"

#include "AdminSession.h"
#include "CliViews.h"
#include "domain/KeyHygiene.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QTextStream>

using namespace keyward;

namespace {

const QStringList headers{
    QStringLiteral("ID"),          QStringLiteral("TENANT"),  QStringLiteral("KIND"),
    QStringLiteral("NAME"),        QStringLiteral("PREFIX"),  QStringLiteral("STATUS"),
    QStringLiteral("PERMISSIONS"), QStringLiteral("EXPIRES"), QStringLiteral("USES")};

QStringList row(const ApiKey &key)
{
    return {QString::number(key.id),
            QString::number(key.tenantId),
            apiKeyKindName(key.kind),
            key.name,
            key.displayPrefix,
            keyStatusName(key.status),
            key.permissions.join(QLatin1Char(',')),
            key.expiresAt.isValid() ? key.expiresAt.toString(Qt::ISODate) : QStringLiteral("never"),
            QString::number(key.useCount)};
}

// The secret goes to standard output alone (easy to capture in a script);
// the warning goes to standard error.
int printIssued(AdminSession &session, const Outcome<IssuedKey> &issued)
{
    if (!issued)
        return session.fail(issued.error());
    QJsonObject json = CliViews::key(issued->key);
    json.insert(QStringLiteral("key"), QString::fromLatin1(issued->secret));
    const int code = session.print(json, {headers, {row(issued->key)}});
    if (!session.parser().isSet(QStringLiteral("json"))) {
        QTextStream(stderr) << "\nThe key, shown this once; store it now:\n";
        QTextStream(stdout) << issued->secret << Qt::endl;
    }
    return code;
}

int printKey(AdminSession &session, const Outcome<ApiKey> &key)
{
    if (!key)
        return session.fail(key.error());
    return session.print(CliViews::key(*key), {headers, {row(*key)}});
}

// Every key of the tenant (all tenants without one) the hygiene review
// has something to say about, a row per concern.
int printHygiene(AdminSession &session, std::optional<qint64> tenantId, qint64 withinDays)
{
    KeyService::ListFilter filter;
    filter.tenantId = tenantId;
    KeyHygiene::Settings settings;
    settings.expiringWithinDays = int(withinDays);
    const QDateTime now = session.services().clock->now();
    AdminSession::Table table{{QStringLiteral("ID"), QStringLiteral("TENANT"),
                               QStringLiteral("NAME"), QStringLiteral("PREFIX"),
                               QStringLiteral("CONCERN"), QStringLiteral("WHY")},
                              {}};
    QJsonArray json;
    for (PageRequest request{1, PageRequest::maxPageSize};; ++request.page) {
        auto page = session.services().keys.list(session.actor(), filter, request);
        if (!page)
            return session.fail(page.error());
        for (const ApiKey &key : page->items) {
            for (const KeyHygiene::Finding &finding : KeyHygiene::review(key, now, settings)) {
                const QString concern = KeyHygiene::concernName(finding.concern);
                table.rows << QStringList{QString::number(key.id),
                                          QString::number(key.tenantId),
                                          key.name,
                                          key.displayPrefix,
                                          concern,
                                          finding.reason.text()};
                json << QJsonObject{{QStringLiteral("keyId"), key.id},
                                    {QStringLiteral("tenantId"), key.tenantId},
                                    {QStringLiteral("name"), key.name},
                                    {QStringLiteral("concern"), concern},
                                    {QStringLiteral("reason"), finding.reason.text()}};
            }
        }
        if (request.offset() + page->items.size() >= page->totalCount || page->items.isEmpty())
            break;
    }
    return session.print(json, table, QStringLiteral("Nothing to look at."));
}

QString refusalsText(const KeyUsageReport::Refusals &refused)
{
    QStringList parts;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

// A row per bucket, then the totals and the recent addresses.
int printUsage(AdminSession &session, const Outcome<KeyUsageReport> &report)
{
    if (!report)
        return session.fail(report.error());
    const bool hourly = report->span.unit == UsageSpan::Unit::Hours;
    AdminSession::Table table{{hourly ? QStringLiteral("HOUR") : QStringLiteral("DAY"),
                               QStringLiteral("ACCEPTED"), QStringLiteral("REFUSED"),
                               QStringLiteral("WHY REFUSED")},
                              {}};
    for (const auto &bucket : report->buckets) {
        qint64 refused = 0;
        for (const qint64 uses : bucket.refused)
            refused += uses;
        table.rows << QStringList{bucket.start.toString(hourly ? QStringLiteral("yyyy-MM-dd HH:00")
                                                               : QStringLiteral("yyyy-MM-dd")),
                                  QString::number(bucket.accepted), QString::number(refused),
                                  refusalsText(bucket.refused)};
    }
    const int code = session.print(report->toJson(), table);
    if (session.parser().isSet(QStringLiteral("json")))
        return code;
    QTextStream out(stdout);
    out << "\nKey " << report->keyId << " since " << report->since.toString(Qt::ISODate) << ": "
        << report->accepted << " accepted, " << report->refusedTotal() << " refused";
    if (!report->refused.isEmpty())
        out << " (" << refusalsText(report->refused) << ')';
    out << '\n';
    if (!report->recentAddresses.isEmpty())
        out << "Recent addresses:\n";
    for (const auto &sighting : report->recentAddresses)
        out << "  " << sighting.address << "  last seen " << sighting.lastSeen.toString(Qt::ISODate)
            << "  " << sighting.outcome << '\n';
    out.flush();
    return code;
}

} // namespace

int KeyCommand::run(const QStringList &arguments)
{
    AdminSession session(
        QStringLiteral("Manage API keys."),
        QStringLiteral("list [--tenant ID] [--all] | create --name N [options] | disable ID | "
                       "enable ID | rotate ID [--grace SECONDS] | delete ID | hygiene "
                       "[--tenant ID] [--within DAYS] | usage ID [--since 24h|30d]"));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id (default 1)."), QStringLiteral("id"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("List deleted keys too."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Label of the new key."),
                                  QStringLiteral("name"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("Description."), QStringLiteral("text"));
    const QCommandLineOption permission(
        QStringLiteral("permission"),
        QStringLiteral("A permission (repeatable): read, write, token:generate, ..."),
        QStringLiteral("name"));
    const QCommandLineOption allowedIp(
        QStringLiteral("allowed-ip"),
        QStringLiteral("Comma-separated IPs/CIDRs allowed to use the key."),
        QStringLiteral("list"));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"),
                                      QStringLiteral("Seconds until the key expires."),
                                      QStringLiteral("seconds"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per minute."), QStringLiteral("n"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("secret (default) or tenant."),
                                  QStringLiteral("kind"), QStringLiteral("secret"));
    const QCommandLineOption grace(
        QStringLiteral("grace"),
        QStringLiteral("Seconds the old secret keeps working after rotate (default 0)."),
        QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption within(
        QStringLiteral("within"),
        QStringLiteral("hygiene: report keys expiring within this many days (default 14)."),
        QStringLiteral("days"), QStringLiteral("14"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QStringLiteral("usage: how far back, in hours (hourly rows) or days (daily rows)."),
        QStringLiteral("24h|30d"), QStringLiteral("24h"));
    session.parser().addOptions({tenant, all, name, description, permission, allowedIp, lifetime,
                                 rateLimit, kind, grace, within, since});
    if (const auto exit = session.open(arguments))
        return *exit;
    const KeyService &keys = session.services().keys;
    const QCommandLineParser &parser = session.parser();
    const QString verb = session.verb();

    auto number = [&](const QCommandLineOption &option, std::optional<qint64> *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        if (!ok)
            session.usage(QStringLiteral("--%1 takes a whole number").arg(option.names().first()));
        return ok;
    };
    std::optional<qint64> tenantId;
    if (!number(tenant, &tenantId))
        return AdminSession::Usage;

    if (verb == QLatin1String("hygiene")) {
        const auto days = session.id(parser.value(within), QStringLiteral("--within"));
        return days ? printHygiene(session, tenantId, *days) : int(AdminSession::Usage);
    }
    if (verb == QLatin1String("list")) {
        KeyService::ListFilter filter;
        filter.tenantId = tenantId;
        filter.includeDeleted = parser.isSet(all);
        auto page = keys.list(session.actor(), filter, {1, PageRequest::maxPageSize});
        if (!page)
            return session.fail(page.error());
        AdminSession::Table table{headers, {}};
        QJsonArray json;
        for (const ApiKey &key : page->items) {
            table.rows << row(key);
            json << CliViews::key(key);
        }
        return session.print(json, table, QStringLiteral("no keys"));
    }
    if (verb == QLatin1String("create")) {
        NewKey request;
        request.tenantId = tenantId.value_or(1);
        request.name = parser.value(name);
        request.description = parser.value(description);
        request.permissions = parser.values(permission);
        request.allowedNetworks = parser.value(allowedIp);
        if (!number(lifetime, &request.lifetimeSeconds) ||
            !number(rateLimit, &request.rateLimitPerMinute))
            return AdminSession::Usage;
        if (parser.value(kind) != QLatin1String("secret") &&
            parser.value(kind) != QLatin1String("tenant"))
            return session.usage(QStringLiteral("--kind is secret or tenant"));
        request.kind =
            parser.value(kind) == QLatin1String("tenant") ? ApiKeyKind::Tenant : ApiKeyKind::Secret;
        return printIssued(session, keys.create(session.actor(), request));
    }
    const auto id = session.id(session.operands().value(0), QStringLiteral("ID"));
    if (!id)
        return AdminSession::Usage;
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        KeyChanges changes;
        changes.status = verb == QLatin1String("enable") ? KeyStatus::Active : KeyStatus::Disabled;
        return printKey(session, keys.update(session.actor(), *id, changes));
    }
    if (verb == QLatin1String("rotate")) {
        std::optional<qint64> graceSeconds;
        if (!number(grace, &graceSeconds))
            return AdminSession::Usage;
        return printIssued(session, keys.rotate(session.actor(), *id, graceSeconds.value_or(0)));
    }
    if (verb == QLatin1String("delete"))
        return printKey(session, keys.remove(session.actor(), *id));
    if (verb == QLatin1String("usage")) {
        const auto span = UsageSpan::parse(parser.value(since));
        if (!span)
            return session.usage(UsageSpan::syntax());
        return printUsage(session, session.services().keyUsage.report(session.actor(), *id, *span));
    }
    return session.usage(QStringLiteral("unknown key command \"%1\"").arg(verb));
}
