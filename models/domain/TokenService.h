// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/FixedClaims.h"
#include "domain/SigningKeyRing.h"
#include "entities/ApiKey.h"
#include "entities/User.h"

#include <QJsonObject>

#include <array>
#include <atomic>
#include <optional>

namespace keyward {

class Clock;

// Issues and verifies every JWT Keyward hands out: access tokens for users
// and keys (typ "JWT", aud = the configured audience), the v1 API's key JWTs
// (typ "apikey+jwt", no aud, so a relying party that checks either refuses
// them as access tokens), the status-envelope API's service ids. Signs with the
// ring's active key; a token naming a kid the ring lacks makes it look in the
// store once more (another instance may have just rotated).
class TokenService {
public:
    struct Settings {
        QString issuer = QStringLiteral("keyward");
        QString audience; // access tokens' aud; empty: the issuer
        qint64 accessTokenSeconds = 3600;
        qint64 serviceIdSeconds = 3600;
    };

    TokenService(SigningKeyRing &ring, const Clock &clock, Settings settings);

    // Access token for a key: sub "key:<id>", scope = its permissions, or
    // those of `scope` it holds (a client narrowing what it asks for).
    QByteArray issueForKey(const ApiKey &key,
                           const std::optional<QStringList> &scope = std::nullopt) const;
    // What a key's access token may carry: its permissions but token:generate.
    static QStringList grantableScope(const ApiKey &key);
    // Seconds a key's access token issued now lives: the configured lifetime,
    // never past the key's own expiry.
    qint64 keyTokenSeconds(const ApiKey &key) const;
    // Access token for a user: sub "user:<id>", role, empty scope.
    QByteArray issueForUser(const User &user) const;
    // The v1 API's apiKey: the key row's own JWT, jti = key.jti, exp = expiresAt.
    QByteArray issueKeyJwt(const ApiKey &key) const;
    // The status-envelope API's service id: {serviceId, iat, exp = iat + serviceIdSeconds}.
    QByteArray issueServiceId(const QString &serviceUuid) const;

    Result<QJsonObject, JwtError> verify(QByteArrayView token) const;

    enum class Kind { Key, User, KeyJwt, ServiceId };
    static constexpr int kindCount = int(Kind::ServiceId) + 1;
    static QString kindName(Kind kind);
    // How many tokens of this kind were issued since start (metrics).
    quint64 issuedCount(Kind kind) const { return m_issued[int(kind)].load(); }
    const Settings &settings() const { return m_settings; }
    QString audience() const;
    // The header typ of the v1 API's key JWTs.
    static constexpr QLatin1String keyJwtType{"apikey+jwt"};

private:
    // iss, sub, tid: who issued the token, and whom it is about.
    QJsonObject subjectClaims(const QString &subject, qint64 tenantId) const;
    // subjectClaims and the audience of access tokens.
    QJsonObject accessClaims(const QString &subject, qint64 tenantId) const;
    // An access token: its claims (FixedClaims::open's form) with its times and jti.
    QByteArray signAccess(const QByteArray &openClaims, qint64 lifetimeSeconds) const;
    QByteArray sign(const QJsonObject &claims, QLatin1String type = QLatin1String("JWT")) const;

    SigningKeyRing &m_ring;
    const Clock &m_clock;
    Settings m_settings;
    mutable std::array<std::atomic<quint64>, kindCount> m_issued{};
    mutable FixedClaims m_keyClaims;
};

} // namespace keyward
