// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/TokenService.h"

#include "domain/Clock.h"

namespace keyward {

namespace {
// The v1 API keys without a lifetime still need an `exp`, which our verifier
// requires of every token: they get one a century out, and their row's
// status, checked on every use, is what really revokes them.
QString tokenScope(const ApiKey &key)
{
    return TokenService::grantableScope(key).join(QLatin1Char(' '));
}

} // namespace

// token:generate is what lets a key be exchanged for a token; it opens
// nothing a token could use, so it is not carried into the token. A tenant
// key, whose only permission it is, thus yields an empty scope.
QStringList TokenService::grantableScope(const ApiKey &key)
{
    QStringList scope = key.permissions;
    scope.removeAll(QStringLiteral("token:generate"));
    return scope;
}

TokenService::TokenService(SigningKeyRing &ring, const Clock &clock, Settings settings)
    : m_ring(ring)
    , m_clock(clock)
    , m_settings(std::move(settings))
{}

QByteArray TokenService::sign(const QJsonObject &claims, QLatin1String type) const
{
    return m_ring.snapshot()->signer.sign(claims, type);
}

QString TokenService::audience() const
{
    return m_settings.audience.isEmpty() ? m_settings.issuer : m_settings.audience;
}

QJsonObject TokenService::subjectClaims(const QString &subject, qint64 tenantId) const
{
    return {{QStringLiteral("iss"), m_settings.issuer},
            {QStringLiteral("sub"), subject},
            {QStringLiteral("tid"), tenantId}};
}

QJsonObject TokenService::accessClaims(const QString &subject, qint64 tenantId) const
{
    QJsonObject claims = subjectClaims(subject, tenantId);
    claims.insert(QStringLiteral("aud"), audience());
    return claims;
}

QByteArray TokenService::signAccess(const QByteArray &openClaims, qint64 lifetimeSeconds) const
{
    return m_ring.snapshot()->signer.signPayload(
        FixedClaims::withTimesAndId(openClaims, m_clock.now().toSecsSinceEpoch(), lifetimeSeconds));
}

qint64 TokenService::keyTokenSeconds(const ApiKey &key) const
{
    qint64 lifetime = m_settings.accessTokenSeconds;
    if (key.expiresAt.isValid()) // never outlive the key itself
        lifetime = qMin(lifetime, qMax<qint64>(1, m_clock.now().secsTo(key.expiresAt)));
    return lifetime;
}

QByteArray TokenService::issueForKey(const ApiKey &key,
                                     const std::optional<QStringList> &scope) const
{
    QStringList granted = grantableScope(key);
    if (scope)
        granted.removeIf(
            [&scope](const QString &permission) { return !scope->contains(permission); });
    const QString grantedScope = granted.join(QLatin1Char(' '));
    // The claims every token of this key says alike are serialized once
    // (FixedClaims): a key's tokens are what an exchange issues, many times a second.
    const QByteArray open = m_keyClaims.open({key.id, key.tenantId, grantedScope}, [&] {
        QJsonObject claims = accessClaims(QStringLiteral("key:%1").arg(key.id), key.tenantId);
        claims.insert(QStringLiteral("scope"), grantedScope);
        return claims;
    });
    ++m_issued[int(Kind::Key)];
    return signAccess(open, keyTokenSeconds(key));
}

QByteArray TokenService::issueForUser(const User &user) const
{
    QJsonObject claims = accessClaims(QStringLiteral("user:%1").arg(user.id), user.tenantId);
    claims.insert(QStringLiteral("role"), roleName(user.role));
    claims.insert(QStringLiteral("scope"), QString());
    ++m_issued[int(Kind::User)];
    return signAccess(FixedClaims::openObject(claims), m_settings.accessTokenSeconds);
}

QByteArray TokenService::issueKeyJwt(const ApiKey &key) const
{
    const qint64 issuedAt = key.createdAt.toSecsSinceEpoch();
    const qint64 expiresAt = key.expiresAt.isValid() ? key.expiresAt.toSecsSinceEpoch()
                                                     : issuedAt + maxKeyLifetimeSeconds;
    QJsonObject claims = subjectClaims(QStringLiteral("key:%1").arg(key.id), key.tenantId);
    claims.insert(QStringLiteral("iat"), issuedAt);
    claims.insert(QStringLiteral("nbf"), issuedAt);
    claims.insert(QStringLiteral("exp"), expiresAt);
    claims.insert(QStringLiteral("jti"), key.jti);
    claims.insert(QStringLiteral("scope"), tokenScope(key));
    ++m_issued[int(Kind::KeyJwt)];
    return sign(claims, keyJwtType);
}

QByteArray TokenService::issueServiceId(const QString &serviceUuid) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    ++m_issued[int(Kind::ServiceId)];
    return sign({{QStringLiteral("serviceId"), serviceUuid},
                 {QStringLiteral("iat"), now},
                 {QStringLiteral("exp"), now + m_settings.serviceIdSeconds}});
}

QString TokenService::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Key:
        return QStringLiteral("key");
    case Kind::User:
        return QStringLiteral("user");
    case Kind::KeyJwt:
        return QStringLiteral("key_jwt");
    case Kind::ServiceId:
        return QStringLiteral("service_id");
    }
    Q_UNREACHABLE();
}

Result<QJsonObject, JwtError> TokenService::verify(QByteArrayView token) const
{
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    auto claims = m_ring.snapshot()->verifier.verify(token, now);
    if (!claims && claims.error() == JwtError::UnknownKey && m_ring.reloadForUnknownKid())
        return m_ring.snapshot()->verifier.verify(token, now);
    return claims;
}

} // namespace keyward
