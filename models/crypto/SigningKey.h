// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/JwtAlgorithm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

// OpenSSL's EVP_PKEY and EVP_MAC_CTX, forward-declared so users of this header need no OpenSSL
// include path.
struct evp_pkey_st;
struct evp_mac_ctx_st;

namespace keyward {

// Owns one private JWS signing key and its kid: an EVP_PKEY for ES256 (P-256), EdDSA (Ed25519)
// and RS256 (RSA >= 2048), or the secret bytes for HS256. Copies share the same immutable key, so
// passing SigningKey by value is cheap and safe across threads.
class SigningKey {
public:
    // kid: the RFC 7638 JWK thumbprint (base64url SHA-256) for asymmetric keys, so it is stable
    // and derivable from the public key; 16 random bytes (base64url) for HS256.
    static SigningKey generate(JwtAlgorithm algorithm);

    // Inverse of privateBytes(). EdDSA also accepts a raw 32-byte seed (RFC 8032); HS256 any
    // secret of at least 32 bytes. nullopt when the bytes are not a key of `algorithm` (wrong type,
    // curve other than P-256, RSA under 2048 bits, trailing garbage). An empty `kid` gives an
    // asymmetric key its thumbprint.
    static std::optional<SigningKey> fromPrivateBytes(JwtAlgorithm algorithm, const QString &kid,
                                                      QByteArrayView privateBytes);

    // PKCS#8 DER (PrivateKeyInfo) for asymmetric keys, the raw secret for HS256. Secret material:
    // the caller encrypts it at rest (SecretBox).
    QByteArray privateBytes() const;

    JwtAlgorithm algorithm() const { return m_algorithm; }
    QString kid() const { return m_kid; }
    bool isSymmetric() const { return m_algorithm == JwtAlgorithm::HS256; }

    // {kty, crv?, x?, y?, n?, e?, kid, alg, use: "sig"}; an empty object for HS256, whose key must
    // never be published.
    QJsonObject publicJwk() const;

    // JWS signature bytes: HMAC-SHA256; ES256 as raw r||s (64 bytes, not DER); pure Ed25519;
    // RSASSA-PKCS1-v1_5 with SHA-256. Empty only if OpenSSL itself fails.
    QByteArray sign(QByteArrayView signingInput) const;

    // Constant-time for HS256; ES256 signatures must be exactly 64 bytes.
    bool verify(QByteArrayView signingInput, QByteArrayView signature) const;

private:
    SigningKey(JwtAlgorithm algorithm, QString kid, std::shared_ptr<evp_pkey_st> key,
               QByteArray secret);

    JwtAlgorithm m_algorithm;
    QString m_kid;
    std::shared_ptr<evp_pkey_st> m_key; // null for HS256
    QByteArray m_secret;                // empty unless HS256
    // HMAC keyed with m_secret, duplicated for each signature; null unless HS256.
    std::shared_ptr<evp_mac_ctx_st> m_hmac;
};

} // namespace keyward
