// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/KeyVerifier.h"

#include <QByteArray>

namespace keyward {

class TokenService;

// The one exchange of an API key for an access token, whoever asks for it:
// GET /api/Token/generate-from-apikey, `keyward token` and the console's
// "Copy a Fresh Token". The key goes through every verification step with
// token:generate required and the caller's address judged by its allow-list
// and rate limit; only then is a token signed, its scope the key's
// permissions.
class KeyExchange {
public:
    // The permission a key needs to be exchanged.
    static QString requiredPermission() { return QStringLiteral("token:generate"); }
    // Where a caller on this machine (the CLI, the console) is seen from by
    // allow-lists: the loopback address.
    static QString localAddress() { return QStringLiteral("127.0.0.1"); }
    // Why a key presented from this machine got no token, in words for
    // people (KeyVerifier::explain of the exchange's request).
    static Sentence explainLocalRefusal(const KeyVerifier::Check &check)
    {
        return KeyVerifier::explain(check, {localAddress(), requiredPermission()});
    }

    struct Exchanged {
        KeyVerifier::Check check;
        QByteArray token;  // empty unless accepted and nothing in refusedScope
        QStringList scope; // the token's
        qint64 expiresInSeconds = 0;
        // Asked for but not the key's to grant: no token (OAuth's invalid_scope).
        QStringList refusedScope;
    };
    // What an OAuth client adds to its secret: the key id it claims to be
    // (another key's id refuses the secret as unknown), and a narrowing of
    // what its token may do (nullopt: all the key may).
    struct Terms {
        std::optional<qint64> keyId;
        std::optional<QStringList> scope;
    };

    KeyExchange(const KeyVerifier &verifier, const TokenService &tokens)
        : m_verifier(verifier)
        , m_tokens(tokens)
    {}

    // A presented secret, from a client at clientAddress.
    Exchanged exchange(QByteArrayView presentedKey, const QString &clientAddress,
                       const Terms &terms = {}) const;
    // The same exchange when it can be decided from memory alone (see
    // KeyVerifier::verifyWithoutBlocking); nullopt: ask exchange().
    std::optional<Exchanged> exchangeWithoutBlocking(QByteArrayView presentedKey,
                                                     const QString &clientAddress,
                                                     const Terms &terms = {}) const;
    // A key the operator selected by its row (the console holds no secret),
    // presented from localAddress().
    Exchanged exchangeRow(const ApiKey &key) const;

private:
    Exchanged issue(KeyVerifier::Check check, const Terms &terms = {}) const;

    const KeyVerifier &m_verifier;
    const TokenService &m_tokens;
};

} // namespace keyward
