// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/LeakScanner.h"

#include "crypto/Digest.h"
#include "crypto/KeyFormat.h"
#include "domain/AuditLog.h"
#include "domain/Clock.h"
#include "domain/GitHistory.h"
#include "domain/KeyService.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace keyward {

namespace {

constexpr qsizetype binaryProbeBytes = 8 * 1024;

bool isKeyCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool insideGit(const QString &path)
{
    return path.split(QLatin1Char('/')).contains(QLatin1String(".git"));
}

} // namespace

QString LeakScanner::statusName(Status status)
{
    switch (status) {
    case Status::Live:
        return QStringLiteral("live");
    case Status::Disabled:
        return QStringLiteral("disabled");
    case Status::Deleted:
        return QStringLiteral("deleted");
    case Status::Expired:
        return QStringLiteral("expired");
    case Status::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
}

QString LeakScanner::placeOf(const Finding &finding)
{
    const QString place = QStringLiteral("%1:%2").arg(finding.file).arg(finding.line);
    return finding.commit.isEmpty() ? place
                                    : QStringLiteral("commit %1 %2").arg(finding.commit, place);
}

Outcome<ApiKey> LeakScanner::revoke(const KeyService &keys, const AuditLog &audit,
                                    const Actor &actor, const Finding &finding)
{
    if (!finding.keyId)
        return DomainError::notFound(
            QT_TRANSLATE_NOOP("Sentence", "The key found is not in this store"));
    KeyChanges disable;
    disable.status = KeyStatus::Disabled;
    auto disabled = keys.update(actor, *finding.keyId, disable);
    if (!disabled)
        return disabled;
    const auto audited = audit.record(actor, finding.tenantId, QStringLiteral("apikey.leak"),
                                      QStringLiteral("apikey:%1").arg(*finding.keyId),
                                      QStringLiteral("found in %1").arg(placeOf(finding)));
    if (!audited)
        return DomainError::unavailable(audited.error());
    return disabled;
}

LeakScanner::Revocation LeakScanner::revokeLive(const QList<Finding> &findings,
                                                const KeyService &keys, const AuditLog &audit,
                                                const Actor &actor)
{
    Revocation revocation;
    QSet<qint64> failed;
    for (const Finding &finding : findings) {
        if (finding.status != Status::Live || failed.contains(*finding.keyId) ||
            revocation.revoked.contains(*finding.keyId))
            continue;
        const auto done = revoke(keys, audit, actor, finding);
        if (!done) {
            failed.insert(*finding.keyId);
            revocation.failures << QStringLiteral("key %1 (found in %2) not disabled: %3")
                                       .arg(*finding.keyId)
                                       .arg(placeOf(finding), done.error().detail());
            continue;
        }
        revocation.revoked.insert(*finding.keyId);
    }
    return revocation;
}

void LeakScanner::markRevoked(QList<Finding> &findings, const Revocation &revocation)
{
    for (Finding &finding : findings)
        if (finding.keyId && revocation.revoked.contains(*finding.keyId))
            finding.status = Status::Disabled;
}

Result<QList<LeakScanner::Finding>, QString>
LeakScanner::scanHistory(const QString &repository) const
{
    QList<Finding> found;
    QSet<QByteArray> seen;
    std::optional<StoreError> failure;
    auto read = GitHistory::forEachAddedLine(repository, [&](const GitHistory::AddedLine &added) {
        if (failure || !added.text.contains('_'))
            return;
        auto findings = scanText(added.text, added.path, added.line);
        if (!findings) {
            failure = findings.error();
            return;
        }
        for (Finding &finding : *findings) {
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

LeakScanner::LeakScanner(const Database &database, const Clock &clock)
    : m_keys(database)
    , m_clock(clock)
{}

QList<LeakScanner::Candidate> LeakScanner::candidates(QByteArrayView text)
{
    QList<Candidate> found;
    for (const char *prefix : {"ak_", "sk_"}) {
        for (qsizetype at = text.indexOf(QByteArrayView(prefix)); at >= 0;
             at = text.indexOf(QByteArrayView(prefix), at + 1)) {
            if (at + KeyFormat::KeyLength > text.size())
                break;
            const bool glued = (at > 0 && isKeyCharacter(text[at - 1])) ||
                               (at + KeyFormat::KeyLength < text.size() &&
                                isKeyCharacter(text[at + KeyFormat::KeyLength]));
            const QByteArrayView key = text.sliced(at, KeyFormat::KeyLength);
            if (!glued && KeyFormat::classify(key))
                found.append({at, key});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Candidate &a, const Candidate &b) { return a.offset < b.offset; });
    return found;
}

Result<QList<LeakScanner::Finding>, StoreError> LeakScanner::scan(const QStringList &paths,
                                                                  QStringList *skipped) const
{
    m_known.clear();
    QList<Finding> findings;
    for (const QString &root : paths) {
        const QFileInfo info(root);
        QStringList files;
        if (info.isSymLink())
            continue;
        if (info.isFile()) {
            files << info.filePath();
        } else {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!it.fileInfo().isSymLink() && !insideGit(path))
                    files << path;
            }
            files.sort();
        }
        for (const QString &file : std::as_const(files)) {
            auto found = scanFile(file, skipped);
            if (!found)
                return found.error();
            findings << *found;
        }
    }
    return findings;
}

Result<QList<LeakScanner::Finding>, StoreError> LeakScanner::scanFile(const QString &path,
                                                                      QStringList *skipped) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (skipped)
            *skipped << path;
        return QList<Finding>();
    }
    const QByteArray text = file.readAll();
    if (text.first(qMin(text.size(), binaryProbeBytes)).contains('\0'))
        return QList<Finding>();
    return scanText(text, path);
}

Result<QList<LeakScanner::Finding>, StoreError>
LeakScanner::scanText(QByteArrayView text, const QString &file, qint64 firstLine) const
{
    QList<Finding> findings;
    qint64 line = firstLine;
    qsizetype lineStart = 0;
    qsizetype counted = 0;
    for (const Candidate &candidate : candidates(text)) {
        for (; counted < candidate.offset; ++counted) {
            if (text[counted] == '\n') {
                ++line;
                lineStart = counted + 1;
            }
        }
        auto finding = identify(candidate.key);
        if (!finding)
            return finding.error();
        finding->file = file;
        finding->line = line;
        finding->column = candidate.offset - lineStart + 1;
        findings << *finding;
    }
    return findings;
}

Result<LeakScanner::Finding, StoreError> LeakScanner::identify(QByteArrayView key) const
{
    const QByteArray digest = Digest::sha256Hex(key);
    if (const auto known = m_known.constFind(digest); known != m_known.cend())
        return *known;
    Finding finding;
    finding.masked = KeyFormat::masked(KeyFormat::displayPrefix(key));
    finding.digest = digest;
    auto row = m_keys.findByDigest(digest);
    if (!row)
        return row.error();
    if (row->has_value()) {
        const ApiKey &stored = **row;
        finding.keyId = stored.id;
        finding.tenantId = stored.tenantId;
        finding.label = stored.name;
        if (stored.status == KeyStatus::Deleted)
            finding.status = Status::Deleted;
        else if (stored.status == KeyStatus::Disabled)
            finding.status = Status::Disabled;
        else if (stored.isExpiredAt(m_clock.now()))
            finding.status = Status::Expired;
        else
            finding.status = Status::Live;
    }
    m_known.insert(digest, finding);
    return finding;
}

} // namespace keyward
