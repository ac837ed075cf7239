#pragma once

#include "Result.h"
#include "domain/Actor.h"
#include "domain/KeyVerifier.h"
#include "domain/User.h"
#include "store/TenantRepository.h"
#include "store/UserRepository.h"

namespace keyward {

class Clock;
class LoginThrottle;
class PasswordWork;
class TokenService;

// Turns credentials into an Actor: email + password at login, a bearer JWT
// on every authenticated request. Failures say only "no", never why, so a
// caller cannot tell a wrong password from a missing account.
class AuthService {
public:
    // Missing: no credentials were presented at all (no bearer token).
    enum class Failure { Missing, Rejected, Throttled, Unavailable };
    // Throttled: a login throttled for the account or address, or a key
    // over its rate limit; retryAfterSeconds says when to come back.
    struct Refusal {
        Failure reason = Failure::Rejected;
        qint64 retryAfterSeconds = 0; // Throttled only
    };

    AuthService(const Database &database, const Clock &clock, const TokenService &tokens,
                const KeyVerifier &keys, const LoginThrottle &throttle,
                const PasswordWork &passwordWork);

    // requiredTenant: the tenant named by the x-api-key next to the login.
    // Repeated failures for the account or from the address are throttled,
    // and so is a login while PasswordWork has no slot free.
    Result<User, Refusal> login(const QString &email, const QString &password,
                                std::optional<qint64> requiredTenant,
                                const QString &clientAddress) const;
    // A user access token, a key access token or a family C key JWT; the row
    // behind it must still be active, and a key within its rate limit, on
    // every use.
    Result<Actor, Refusal> authenticate(QByteArrayView bearerToken,
                                        const QString &clientAddress) const;

private:
    Result<Actor, Failure> userActor(qint64 userId) const;
    Result<Actor, Refusal> keyActor(qint64 keyId, const QJsonObject &claims,
                                    const QString &clientAddress) const;

    UserRepository m_users;
    TenantRepository m_tenants;
    Result<User, Failure> checkCredentials(const QString &email, const QString &password,
                                           std::optional<qint64> requiredTenant) const;

    const Clock &m_clock;
    const TokenService &m_tokens;
    const KeyVerifier &m_keyVerifier;
    const LoginThrottle &m_throttle;
    const PasswordWork &m_passwordWork;
};

} // namespace keyward
