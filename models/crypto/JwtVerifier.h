// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "crypto/JwtAlgorithm.h"
#include "crypto/SigningKey.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward {

enum class JwtError {
    Malformed,
    AlgorithmNotAllowed,
    UnknownKey,
    BadSignature,
    Expired,
    NotYetValid
};

// Short English explanation for logs (not meant for API clients).
QString jwtErrorText(JwtError error);

// Owns the trust decision for incoming JWTs: the keys that may have signed, each bound to its
// own algorithm, and the clock leeway. The header is never trusted to choose the algorithm or
// supply a key.
class JwtVerifier {
public:
    // Larger tokens are rejected as Malformed before any decoding work.
    static constexpr qsizetype MaxTokenLength = 16 * 1024;

    // Keys whose algorithm differs from `pinned` are dropped here, so an HS256 secret can never
    // verify an RS256-pinned token (or the reverse). Leeway applies to exp and nbf.
    JwtVerifier(JwtAlgorithm pinned, QList<SigningKey> keys, qint64 leewaySeconds = 60);
    // Every key verifies tokens of its own algorithm only (a store moving from one algorithm to
    // another verifies both while the old keys retire).
    explicit JwtVerifier(QList<SigningKey> keys, qint64 leewaySeconds = 60);

    // The claims of a valid token. Checks, in order: shape (3 segments, strict base64url, JSON
    // object header, no "crit") → Malformed; header alg one of the allowed → AlgorithmNotAllowed;
    // header kid names a key → UnknownKey; that key's algorithm is the header's →
    // AlgorithmNotAllowed; signature → BadSignature; claims a JSON object with numeric exp (and
    // numeric nbf if present) → Malformed; exp / nbf against `nowEpochSeconds` → Expired /
    // NotYetValid.
    Result<QJsonObject, JwtError> verify(QByteArrayView token, qint64 nowEpochSeconds) const;

private:
    QStringList m_allowed; // algorithm names
    QList<SigningKey> m_keys;
    qint64 m_leewaySeconds;
};

} // namespace keyward
