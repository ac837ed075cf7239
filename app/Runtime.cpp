// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Runtime.h"

#include "Environment.h"
#include "crypto/MasterKey.h"
#include "domain/Services.h"
#include "domain/SigningKeyRing.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace keyward {

QString Runtime::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keyward.sqlite"));
}

namespace {

QString masterKeyFileFor(const Runtime::Settings &settings, const DatabaseUrl &url)
{
    if (!settings.masterKeyFile.isEmpty())
        return settings.masterKeyFile;
    if (url.backend == DatabaseUrl::Backend::SQLite)
        return url.sqlitePath + QStringLiteral(".key");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("master.key"));
}

} // namespace

Result<std::unique_ptr<Runtime>, QString> Runtime::open(const Settings &settings)
{
    const QString location =
        settings.databaseLocation.isEmpty() ? defaultDatabasePath() : settings.databaseLocation;
    auto url = DatabaseUrl::parse(location);
    if (!url)
        return url.error();
    const QString keyFile = masterKeyFileFor(settings, *url);
    auto masterKey = [&]() -> Result<QByteArray, QString> {
        if (settings.loadMasterKey)
            return settings.loadMasterKey(QStringLiteral("master-key %1").arg(url->redacted()),
                                          keyFile);
        if (auto given = Environment::masterKey())
            return *given; // KEYWARD_MASTER_KEY wins over the file, which is not made
        return MasterKey::fromFile(keyFile);
    }();
    if (!masterKey)
        return masterKey.error();
    auto database = Database::open(*url);
    if (!database)
        return database.error();
    const auto stored = SigningKeyRing::storeAlgorithm(**database);
    if (!stored)
        return stored.error();
    if (*stored && settings.algorithm && **stored != *settings.algorithm)
        QTextStream(stderr) << "keyward: warning: this store signs with "
                            << jwtAlgorithmName(**stored) << "; --jwt-alg (KEYWARD_JWT_ALG) "
                            << jwtAlgorithmName(*settings.algorithm)
                            << " only chooses a new store's algorithm (to move this one, "
                               "`keyward signing-key rotate --algorithm`)"
                            << Qt::endl;
    std::unique_ptr<Runtime> runtime(new Runtime);
    Services::Settings serviceSettings;
    serviceSettings.algorithm = stored->value_or(settings.algorithm.value_or(JwtAlgorithm::HS256));
    if (!settings.issuer.isEmpty())
        serviceSettings.tokens.issuer = settings.issuer;
    serviceSettings.tokens.audience = settings.audience;
    auto services = Services::create(std::move(database.value()), *masterKey, runtime->m_networks,
                                     serviceSettings);
    if (!services)
        return services.error();
    runtime->m_services = std::move(services.value());
    auto bootstrapped = Bootstrap::ensureDefaults(*runtime->m_services, Environment::bootstrap());
    if (!bootstrapped)
        return bootstrapped.error();
    return runtime;
}

Runtime::~Runtime() = default;

} // namespace keyward
