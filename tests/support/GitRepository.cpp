// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "GitRepository.h"

#include <QFile>
#include <QProcess>

namespace keyward {

GitRepository::GitRepository()
{
    git({QStringLiteral("init"), QStringLiteral("-q")});
}

QString GitRepository::git(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Keyward Tests"),
                              QStringLiteral("-c"), QStringLiteral("user.email=tests@keyward")} +
                      arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("git %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
               process.readAllStandardError().constData());
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}

QString GitRepository::commit(const QString &file, const QByteArray &content,
                              const QString &message)
{
    QFile out(m_directory.filePath(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(out.fileName()));
    out.close();
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-qm"), message});
    return git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

} // namespace keyward
