#include "ScanCommand.h"

#include "AdminSession.h"
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
            {QStringLiteral("label"), finding.keyId ? QJsonValue(finding.label) : QJsonValue()}};
}

// Disables a live key where it was found, with an audit event naming the
// place; false (after saying why) when it could not.
bool revoke(AdminSession &session, const LeakScanner::Finding &finding)
{
    KeyChanges disable;
    disable.status = KeyStatus::Disabled;
    const auto disabled = session.services().keys.update(session.actor(), *finding.keyId, disable);
    const QString where = QStringLiteral("%1:%2").arg(finding.file).arg(finding.line);
    if (!disabled) {
        QTextStream(stderr) << "keyward: key " << *finding.keyId << " (found in " << where
                            << ") not disabled: " << disabled.error().detail << Qt::endl;
        return false;
    }
    const auto audited = session.services().audit.record(
        session.actor(), finding.tenantId, QStringLiteral("apikey.leak"),
        QStringLiteral("apikey:%1").arg(*finding.keyId), QStringLiteral("found in %1").arg(where));
    if (!audited) {
        QTextStream(stderr) << "keyward: the audit log did not take the revocation of key "
                            << *finding.keyId << ": " << audited.error().detail << Qt::endl;
        return false;
    }
    return true;
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
    session.parser().addOption(revokeOption);
    if (const auto exit = session.open(arguments))
        return *exit;
    const QStringList paths = QStringList{session.verb()} + session.operands();
    QStringList skipped;
    const LeakScanner scanner(*session.services().database, *session.services().clock);
    const auto findings = scanner.scan(paths, &skipped);
    if (!findings)
        return session.fail(DomainError::unavailable(findings.error()));
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
            QStringLiteral("%1:%2:%3").arg(finding.file).arg(finding.line).arg(finding.column),
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
