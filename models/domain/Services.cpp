// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/Services.h"

#include "store/Database.h"

#include <QFileInfo>

namespace keyward {

Result<std::unique_ptr<Services>, QString> Services::create(std::shared_ptr<Database> database,
                                                            const QByteArray &masterKey,
                                                            const NetworkAllowList &networks,
                                                            const Settings &settings,
                                                            std::unique_ptr<Clock> clock)
{
    std::unique_ptr<Services> services(
        new Services(std::move(database), std::move(clock), masterKey, networks, settings));
    if (auto opened = services->signingKeyRing.open(); !opened)
        return opened.error();
    return services;
}

Services::Services(std::shared_ptr<Database> db, std::unique_ptr<Clock> theClock,
                   const QByteArray &masterKey, const NetworkAllowList &networks,
                   const Settings &settings)
    : database(std::move(db))
    , clock(std::move(theClock))
    , masterBox(masterKey)
    , signingKeyRing(*database, masterBox, settings.algorithm, *clock)
    , tokens(signingKeyRing, *clock, settings.tokens)
    , audit(*database, *clock)
    , loginThrottle(*database)
    , usage(*database)
    , keyVerifier(*database, *clock, networks, usage)
    , keyExchange(keyVerifier, tokens)
    , keys(*database, *clock, masterBox, tokens, networks, audit)
    , keyUsage(*database, *clock, keys)
    , attentionCounts(*database, *clock)
    , tenants(*database, *clock, keys, audit)
    , users(*database, *clock, audit)
    , auth(*database, *clock, tokens, keyVerifier, loginThrottle, passwordWork)
    , clientKeys(*database, *clock, tokens, keys, audit)
    , signingKeys(*database, *clock, masterBox, signingKeyRing, audit)
{}

bool Services::storeAnswers() const
{
    return database->ping();
}

QString Services::storeName() const
{
    const DatabaseUrl &url = database->url();
    if (url.backend == DatabaseUrl::Backend::SQLite)
        return QFileInfo(url.sqlitePath).fileName();
    return QStringLiteral("%1 on %2").arg(url.databaseName, url.host);
}

} // namespace keyward
