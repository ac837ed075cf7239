// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Environment.h"

#include "crypto/MasterKey.h"

#include <QSysInfo>

namespace keyward {

std::optional<Result<QByteArray, QString>> Environment::masterKey()
{
    const QByteArray given = qgetenv("KEYWARD_MASTER_KEY");
    if (given.isEmpty())
        return std::nullopt;
    auto key = MasterKey::parse(given);
    if (!key)
        return QStringLiteral("KEYWARD_MASTER_KEY: %1").arg(key.error());
    return key;
}

Bootstrap::Settings Environment::bootstrap()
{
    Bootstrap::Settings settings;
    const QString name = qEnvironmentVariable("KEYWARD_TENANT_NAME").trimmed();
    if (!name.isEmpty())
        settings.tenantName = name;
    settings.adminEmail = qEnvironmentVariable("KEYWARD_ADMIN_EMAIL").trimmed();
    settings.adminPassword = qEnvironmentVariable("KEYWARD_ADMIN_PASSWORD");
    return settings;
}

QString Environment::operatorName(const QString &via)
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    const QString who = login.isEmpty() ? QSysInfo::machineHostName()
                                        : login + QLatin1Char('@') + QSysInfo::machineHostName();
    return QStringLiteral("%1 (%2)").arg(via, who);
}

} // namespace keyward
