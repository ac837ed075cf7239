// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/AuthService.h"

#include "crypto/PasswordHasher.h"
#include "domain/Clock.h"
#include "domain/LoginThrottle.h"
#include "domain/PasswordWork.h"
#include "domain/TokenService.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace keyward {

namespace {

Q_LOGGING_CATEGORY(lcAuth, "keyward.auth")

// A throttle that cannot write must not change the answer (the credentials
// decide); it is logged.
void logIfNotRecorded(const Result<Ok, StoreError> &recorded)
{
    if (!recorded)
        qCWarning(lcAuth, "login throttle not updated: %s", qPrintable(recorded.error().detail));
}

// Verified against when the account does not exist, so that answering "no"
// costs the same scrypt work either way.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("keyward-decoy-password"));
    return hash;
}

std::optional<qint64> subjectId(const QString &subject, QLatin1String prefix)
{
    if (!subject.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 id = subject.mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

AuthService::AuthService(const Database &database, const Clock &clock, const TokenService &tokens,
                         const KeyVerifier &keys, const LoginThrottle &throttle,
                         const PasswordWork &passwordWork)
    : m_users(database)
    , m_tenants(database)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_keyVerifier(keys)
    , m_throttle(throttle)
    , m_passwordWork(passwordWork)
{}

Result<User, AuthService::Refusal> AuthService::login(const QString &email, const QString &password,
                                                      std::optional<qint64> requiredTenant,
                                                      const QString &clientAddress) const
{
    const auto slot = m_passwordWork.tryTake();
    if (!slot)
        return Refusal{Failure::Throttled, 1};
    const QString account = email.trimmed();
    // Counted before it is judged: a burst gets no more judgements than allowed.
    const auto decision = m_throttle.admit(account, clientAddress, m_clock.now());
    if (!decision)
        return Refusal{Failure::Unavailable, 0};
    if (!decision->allowed)
        return Refusal{Failure::Throttled, decision->retryAfterSeconds};
    auto user = checkCredentials(account, password, requiredTenant);
    if (user) {
        logIfNotRecorded(m_throttle.recordSuccess(account, clientAddress, m_clock.now()));
        return user.value();
    }
    return Refusal{user.error(), 0};
}

Result<User, AuthService::Failure>
AuthService::checkCredentials(const QString &email, const QString &password,
                              std::optional<qint64> requiredTenant) const
{
    auto found = m_users.findByEmail(email);
    if (!found)
        return Failure::Unavailable;
    if (!found->has_value()) {
        PasswordHasher::verify(password, decoyHash());
        return Failure::Rejected;
    }
    const User &user = **found;
    const bool passwordOk = PasswordHasher::verify(password, user.passwordHash);
    if (!passwordOk || !user.isActive || (requiredTenant && *requiredTenant != user.tenantId))
        return Failure::Rejected;
    auto tenant = m_tenants.findById(user.tenantId);
    if (!tenant)
        return Failure::Unavailable;
    if (!tenant->has_value() || !(*tenant)->isActive)
        return Failure::Rejected;
    return user;
}

Result<Actor, AuthService::Refusal> AuthService::authenticate(QByteArrayView bearerToken,
                                                              const QString &clientAddress) const
{
    return resolve(bearerToken, {clientAddress, {}}).map([](Resolved resolved) {
        return std::move(resolved.actor);
    });
}

Result<std::optional<QJsonObject>, AuthService::Failure>
AuthService::introspect(QByteArrayView token, qint64 callerTenantId) const
{
    KeyVerifier::Request inForce;
    inForce.inUse = false;
    auto resolved = resolve(token, inForce);
    if (!resolved && resolved.error().reason == Failure::Unavailable)
        return Failure::Unavailable;
    if (!resolved || resolved->actor.tenantId != callerTenantId)
        return std::optional<QJsonObject>();
    return std::optional(std::move(resolved->claims));
}

Result<AuthService::Resolved, AuthService::Refusal>
AuthService::resolve(QByteArrayView token, const KeyVerifier::Request &request) const
{
    auto claims = m_tokens.verify(token);
    if (!claims)
        return Refusal{};
    const QString subject = claims->value(QStringLiteral("sub")).toString();
    if (const auto userId = subjectId(subject, QLatin1String("user:"))) {
        auto actor = userActor(*userId);
        if (!actor)
            return Refusal{actor.error(), 0};
        return Resolved{actor.value(), *claims};
    }
    if (const auto keyId = subjectId(subject, QLatin1String("key:")))
        return keyActor(*keyId, *claims, request);
    return Refusal{}; // e.g. a status-envelope service id is no bearer token
}

Result<Actor, AuthService::Failure> AuthService::userActor(qint64 userId) const
{
    auto user = m_users.findById(userId);
    if (!user)
        return Failure::Unavailable;
    if (!user->has_value() || !(*user)->isActive)
        return Failure::Rejected;
    auto tenant = m_tenants.findById((*user)->tenantId);
    if (!tenant)
        return Failure::Unavailable;
    if (!tenant->has_value() || !(*tenant)->isActive)
        return Failure::Rejected;
    Actor actor;
    actor.kind = Actor::Kind::User;
    actor.id = (*user)->id;
    actor.tenantId = (*user)->tenantId;
    actor.role = (*user)->role; // the stored role, not the token's: demotion is immediate
    return actor;
}

Result<AuthService::Resolved, AuthService::Refusal>
AuthService::keyActor(qint64 keyId, QJsonObject claims, const KeyVerifier::Request &request) const
{
    auto key = m_keyVerifier.keyById(keyId);
    if (!key)
        return Refusal{Failure::Unavailable, 0};
    if (!key->has_value())
        return Refusal{};
    // A v1 key JWT is bound to its row by jti: a rotated row's old JWT
    // no longer matches.
    if ((*key)->kind == ApiKeyKind::Jwt &&
        (*key)->jti != claims.value(QStringLiteral("jti")).toString())
        return Refusal{};
    const auto check = m_keyVerifier.checkRow(**key, request);
    switch (check.outcome) {
    case KeyVerifier::Outcome::Accepted:
        break;
    case KeyVerifier::Outcome::Unavailable:
        return Refusal{Failure::Unavailable, 0};
    case KeyVerifier::Outcome::RateLimited:
        return Refusal{Failure::Throttled, check.retryAfterSeconds};
    default:
        return Refusal{};
    }
    Actor actor;
    actor.kind = Actor::Kind::Key;
    actor.id = (*key)->id;
    actor.tenantId = (*key)->tenantId;
    // Permissions taken from the key since the token was issued are gone now.
    const QStringList granted = claims.value(QStringLiteral("scope"))
                                    .toString()
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &permission : granted) {
        if ((*key)->hasPermission(permission))
            actor.scope << permission;
    }
    claims.insert(QStringLiteral("scope"), actor.scope.join(QLatin1Char(' ')));
    // A token's scope leaves out token:generate, which its key still holds:
    // part of what the caller may hand on to keys it creates (AccessPolicy).
    const QString tokenGenerate = QStringLiteral("token:generate");
    if ((*key)->hasPermission(tokenGenerate) && !actor.scope.contains(tokenGenerate))
        actor.scope << tokenGenerate;
    return Resolved{std::move(actor), std::move(claims)};
}

} // namespace keyward
