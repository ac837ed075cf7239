#include "ScanCommand.h"

#include "AdminSession.h"
#include "GitHistory.h"
#include "domain/LeakScanner.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

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

// Each key the history of the repository at `path` ever added, where it
// first appeared; a message when git could not read it.
keyward::Result<QList<LeakScanner::Finding>, QString> historyFindings(const LeakScanner &scanner,
                                                                      const QString &path)
{
    QList<LeakScanner::Finding> found;
    QSet<QByteArray> seen;
    std::optional<StoreError> failure;
    auto read = GitHistory::forEachAddedLine(path, [&](const GitHistory::AddedLine &added) {
        if (failure || !added.text.contains('_'))
            return;
        auto findings = scanner.scanText(added.text, added.path, added.line);
        if (!findings) {
            failure = findings.error();
            return;
        }
        for (LeakScanner::Finding &finding : *findings) {
            if (seen.contains(finding.digest))
                continue;
            seen.insert(finding.digest);
            finding.commit = QString::fromLatin1(added.commit);
            found << finding;
        }
    });
    if (!read)
        return read.error();
    if (failure)
        return failure->detail;
    return found;
}

// Disables a live key where it was found; false (after saying why) when it
// could not.
bool revoke(AdminSession &session, const LeakScanner::Finding &finding)
{
    const auto revoked = LeakScanner::revoke(session.services().keys, session.services().audit,
                                             session.actor(), finding);
    if (!revoked)
        QTextStream(stderr) << "keyward: key " << *finding.keyId << " (found in "
                            << LeakScanner::placeOf(finding)
                            << ") not disabled: " << revoked.error().detail << Qt::endl;
    return bool(revoked);
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
            auto history = historyFindings(scanner, path);
            if (!history) {
                QTextStream(stderr) << "keyward: " << history.error() << Qt::endl;
                return AdminSession::Failure;
            }
            *findings << *history;
        }
    }
    for (const QString &path : std::as_const(skipped))
        QTextStream(stderr) << "keyward: cannot read " << path << Qt::endl;

    bool live = false;
    bool revoked = true;
    QSet<qint64> disabled;
    AdminSession::Table table{{QStringLiteral("WHERE"), QStringLiteral("KEY"), QStringLiteral("ID"),
                               QStringLiteral("LABEL"), QStringLiteral("STATUS")},
                              {}};
    QJsonArray json;
    for (LeakScanner::Finding finding : *findings) {
        if (finding.status == LeakScanner::Status::Live) {
            live = true;
            if (session.parser().isSet(revokeOption) && !disabled.contains(*finding.keyId)) {
                revoked &= revoke(session, finding);
                disabled.insert(*finding.keyId);
            }
        }
        json << toJson(finding);
        table.rows << QStringList{
            LeakScanner::placeOf(finding) + QStringLiteral(":%1").arg(finding.column),
            QString::fromLatin1(finding.masked),
            finding.keyId ? QString::number(*finding.keyId) : QStringLiteral("-"),
            finding.keyId ? finding.label : QStringLiteral("-"),
            LeakScanner::statusName(finding.status) + (disabled.contains(finding.keyId.value_or(0))
                                                           ? QStringLiteral(" (revoked)")
                                                           : QString())};
    }
    session.print(QJsonObject{{QStringLiteral("findings"), json}}, table,
                  QStringLiteral("No Keyward keys found."));
    if (!revoked)
        return AdminSession::Failure;
    return live ? AdminSession::Failure : AdminSession::Success;
}
