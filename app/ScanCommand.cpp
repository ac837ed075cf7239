// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ScanCommand.h"

#include "AdminSession.h"
#include "domain/LeakScanner.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace keyward;

namespace {

QJsonObject toJson(const LeakScanner::Finding &finding)
{
    return {{QStringLiteral("file"), finding.file},
            {QStringLiteral("line"), finding.line},
            {QStringLiteral("column"), finding.column},
            {QStringLiteral("key"), QString::fromLatin1(finding.masked)},
            {QStringLiteral("status"), LeakScanner::statusName(finding.status)},
            {QStringLiteral("keyId"), finding.keyId ? QJsonValue(*finding.keyId) : QJsonValue()},
            {QStringLiteral("tenantId"),
             finding.tenantId ? QJsonValue(*finding.tenantId) : QJsonValue()},
            {QStringLiteral("label"), finding.keyId ? QJsonValue(finding.label) : QJsonValue()},
            {QStringLiteral("commit"),
             finding.commit.isEmpty() ? QJsonValue() : QJsonValue(finding.commit)}};
}

} // namespace

int ScanCommand::run(const QStringList &arguments)
{
    AdminSession session(QStringLiteral("Find Keyward API keys in files: each key with a valid "
                                        "checksum, where it is, and what it is in the store. "
                                        "Exit status 1 when a live key is found."),
                         QStringLiteral("Files or directories to scan (.git directories, "
                                        "binary files and symbolic links are skipped)."));
    const QCommandLineOption revokeOption(
        QStringLiteral("revoke"),
        QStringLiteral("Disable every live key found, with an audit event naming the file."));
    const QCommandLineOption gitOption(
        QStringLiteral("git"),
        QStringLiteral("Also scan the history of each git repository named (every commit "
                       "reachable from any ref), reporting the commit where a key first "
                       "appears."));
    session.parser().addOptions({revokeOption, gitOption});
    if (const auto exit = session.open(arguments))
        return *exit;
    const QStringList paths = QStringList{session.verb()} + session.operands();
    QStringList skipped;
    const LeakScanner scanner(*session.services().database, *session.services().clock);
    auto findings = scanner.scan(paths, &skipped);
    if (!findings)
        return session.fail(DomainError::unavailable(findings.error()));
    if (session.parser().isSet(gitOption)) {
        for (const QString &path : paths) {
            auto history = scanner.scanHistory(path);
            if (!history) {
                QTextStream(stderr) << "keyward: --git: " << history.error() << Qt::endl;
                return AdminSession::Failure;
            }
            *findings << *history;
        }
    }
    for (const QString &path : std::as_const(skipped))
        QTextStream(stderr) << "keyward: cannot read " << path << Qt::endl;

    const bool live = std::any_of(findings->cbegin(), findings->cend(), [](const auto &finding) {
        return finding.status == LeakScanner::Status::Live;
    });
    LeakScanner::Revocation revocation;
    if (session.parser().isSet(revokeOption))
        revocation = LeakScanner::revokeLive(*findings, session.services().keys,
                                             session.services().audit, session.actor());
    for (const QString &failure : std::as_const(revocation.failures))
        QTextStream(stderr) << "keyward: " << failure << Qt::endl;
    AdminSession::Table table{{QStringLiteral("WHERE"), QStringLiteral("KEY"), QStringLiteral("ID"),
                               QStringLiteral("LABEL"), QStringLiteral("STATUS")},
                              {}};
    QJsonArray json;
    for (const LeakScanner::Finding &finding : std::as_const(*findings)) {
        const bool revoked = revocation.revoked.contains(finding.keyId.value_or(0));
        QJsonObject row = toJson(finding);
        row.insert(QStringLiteral("revoked"), revoked);
        json << row;
        table.rows << QStringList{
            LeakScanner::placeOf(finding) + QStringLiteral(":%1").arg(finding.column),
            QString::fromLatin1(finding.masked),
            finding.keyId ? QString::number(*finding.keyId) : QStringLiteral("-"),
            finding.keyId ? finding.label : QStringLiteral("-"),
            revoked ? QStringLiteral("live (revoked)") : LeakScanner::statusName(finding.status)};
    }
    session.print(QJsonObject{{QStringLiteral("findings"), json}}, table,
                  QStringLiteral("No Keyward keys found."));
    return live || !revocation.failures.isEmpty() ? AdminSession::Failure : AdminSession::Success;
}
