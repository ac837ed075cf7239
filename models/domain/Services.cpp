#include "domain/Services.h"

#include "store/Database.h"

namespace keyward {

Result<std::unique_ptr<Services>, QString> Services::create(std::shared_ptr<Database> database,
                                                            const QByteArray &masterKey,
                                                            const NetworkAllowList &networks,
                                                            const Settings &settings,
                                                            std::unique_ptr<Clock> clock)
{
    auto ring = SigningKeyRing::load(*database, SecretBox(masterKey), settings.algorithm, *clock);
    if (!ring)
        return ring.error();
    return std::unique_ptr<Services>(new Services(std::move(database), std::move(clock), masterKey,
                                                  std::move(ring.value()), networks, settings));
}

Services::Services(std::shared_ptr<Database> db, std::unique_ptr<Clock> theClock,
                   const QByteArray &masterKey, SigningKeyRing ring,
                   const NetworkAllowList &networks, const Settings &settings)
    : database(std::move(db))
    , clock(std::move(theClock))
    , masterBox(masterKey)
    , signingKeys(std::move(ring))
    , tokens(signingKeys, *clock, settings.tokens)
    , audit(*database, *clock)
    , usage(*database)
    , keyVerifier(*database, *clock, networks, rateLimiter, usage)
    , keys(*database, *clock, masterBox, tokens, networks, audit)
    , tenants(*database, *clock, keys, audit)
    , users(*database, *clock, audit)
    , auth(*database, *clock, tokens, keyVerifier, loginThrottle)
    , clientKeys(*database, *clock, tokens, keys, audit)
{}

} // namespace keyward
