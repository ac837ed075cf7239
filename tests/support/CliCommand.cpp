// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CliCommand.h"

#include <QProcess>

namespace keyward {

CliCommand::Run CliCommand::run(const QStringList &arguments, const QByteArray &input,
                                const QList<QPair<QString, QString>> &variables) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"),
                       QString::fromLatin1(masterKey().toHex()));
    environment.insert(QStringLiteral("KEYWARD_DB"), m_database.location());
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("KEYWARD_BINARY"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace keyward
