// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SigningKey.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyward {

// Owns the key tokens are issued with and turns claims into compact JWS:
// base64url(header).base64url(claims).base64url(signature), header {"alg","kid","typ"}.
// Claims are taken as given; choosing iat/nbf/exp/jti is the issuer's business.
class JwtSigner {
public:
    explicit JwtSigner(SigningKey key);

    static constexpr QLatin1String defaultType{"JWT"};

    // Empty only if OpenSSL fails to sign. `type` is the header's typ (RFC 8725 §3.11: tokens
    // of different kinds are told apart by it).
    QByteArray sign(const QJsonObject &claims, QLatin1String type = defaultType) const;
    // The same for claims already serialized as a JSON object.
    QByteArray signPayload(QByteArrayView claimsJson, QLatin1String type = defaultType) const;

    const SigningKey &key() const { return m_key; }

private:
    QByteArray encodedHeader(QLatin1String type) const;

    SigningKey m_key;
    QByteArray m_jwtHeader; // encodedHeader(defaultType), the header of most tokens
};

} // namespace keyward
