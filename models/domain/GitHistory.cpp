// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/GitHistory.h"

#include <QProcess>
#include <QRegularExpression>

namespace keyward {

namespace {

// "@@ -a,b +c,d @@": the added side starts at line c.
qint64 addedStart(const QByteArray &hunk)
{
    static const QRegularExpression start(QStringLiteral("^@@ -\\d+(?:,\\d+)? \\+(\\d+)"));
    const auto match = start.match(QString::fromLatin1(hunk));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// "+++ b/path", or quoted when the path needs it; empty for /dev/null.
QString addedPath(QByteArray header)
{
    header = header.mid(4).trimmed();
    if (header.startsWith('"') && header.endsWith('"'))
        header = header.mid(1, header.size() - 2);
    return header.startsWith("b/") ? QString::fromUtf8(header.mid(2)) : QString();
}

} // namespace

Result<Ok, QString>
GitHistory::forEachAddedLine(const QString &repository,
                             const std::function<void(const AddedLine &)> &visit)
{
    QProcess git;
    git.setProgram(QStringLiteral("git"));
    git.setArguments({QStringLiteral("-C"), repository, QStringLiteral("-c"),
                      QStringLiteral("core.quotePath=false"), QStringLiteral("log"),
                      QStringLiteral("--all"), QStringLiteral("--reverse"),
                      QStringLiteral("--format=commit %H"), QStringLiteral("-p"),
                      QStringLiteral("--unified=0"), QStringLiteral("--no-color"),
                      QStringLiteral("--no-ext-diff"), QStringLiteral("--no-renames")});
    git.setProcessChannelMode(QProcess::SeparateChannels);
    git.start(QIODevice::ReadOnly);
    if (!git.waitForStarted())
        return QStringLiteral("reading history needs git: %1").arg(git.errorString());
    AddedLine added;
    // Between "diff --git" and the first "@@" a "+++ " line names the file;
    // after it, a "+" line is added content even when it reads "+++ ".
    bool inHeader = false;
    auto take = [&](const QByteArray &raw) {
        const QByteArray line = raw.endsWith('\n') ? raw.chopped(1) : raw;
        if (line.startsWith("commit ")) {
            added.commit = line.mid(7);
            inHeader = false;
        } else if (line.startsWith("diff --git ")) {
            inHeader = true;
            added.path.clear();
        } else if (inHeader && line.startsWith("+++ ")) {
            added.path = addedPath(line);
        } else if (line.startsWith("@@ ")) {
            inHeader = false;
            added.line = addedStart(line);
        } else if (!inHeader && line.startsWith('+') && !added.path.isEmpty()) {
            added.text = line.mid(1);
            visit(added);
            ++added.line;
        }
    };
    while (git.state() != QProcess::NotRunning || git.canReadLine()) {
        if (!git.canReadLine() && !git.waitForReadyRead(-1) && !git.canReadLine())
            break;
        while (git.canReadLine())
            take(git.readLine());
    }
    git.waitForFinished(-1);
    for (const QByteArray &line : git.readAll().split('\n'))
        take(line);
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return QStringLiteral("%1 is no git repository (%2)")
            .arg(repository, QString::fromLocal8Bit(git.readAllStandardError()).trimmed());
    return Ok{};
}

} // namespace keyward
