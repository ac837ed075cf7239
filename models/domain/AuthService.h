// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/Actor.h"
#include "domain/KeyVerifier.h"
#include "entities/User.h"
#include "store/TenantRepository.h"
#include "store/UserRepository.h"

#include <QJsonObject>

#include <optional>

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
    // A user access token, a key access token or a v1 key JWT; the row
    // behind it must still be active, and a key within its rate limit, on
    // every use.
    Result<Actor, Refusal> authenticate(QByteArrayView bearerToken,
                                        const QString &clientAddress) const;
    // RFC 7662: a token's claims when it would authenticate now — signature,
    // lifetime, its user or key and their tenant still active, a key JWT
    // still its row's — and belongs to the caller's tenant; scope as far as
    // its key still holds it. Not the key's allow-list or rate limit: those
    // judge whoever presents it. nullopt: not active.
    Result<std::optional<QJsonObject>, Failure> introspect(QByteArrayView token,
                                                           qint64 callerTenantId) const;

private:
    struct Resolved {
        Actor actor;
        QJsonObject claims;
    };
    Result<Resolved, Refusal> resolve(QByteArrayView token,
                                      const KeyVerifier::Request &request) const;
    Result<Actor, Failure> userActor(qint64 userId) const;
    Result<Resolved, Refusal> keyActor(qint64 keyId, QJsonObject claims,
                                       const KeyVerifier::Request &request) const;

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
