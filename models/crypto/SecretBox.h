// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace keyward {

// Owns one 256-bit key and seals/opens values with AES-256-GCM under it, e.g. signing keys at
// rest. Layout: nonce (12, random per seal) || ciphertext || tag (16). Random nonces keep the
// format stateless; they stay safe for well over a billion seals per key.
class SecretBox {
public:
    static constexpr int KeyLength = 32;
    static constexpr int NonceLength = 12;
    static constexpr int TagLength = 16;
    static constexpr int Overhead = NonceLength + TagLength;

    // A key of any other size is a programming error and aborts (in release builds too), since
    // EVP would read past a shorter buffer.
    explicit SecretBox(QByteArray key32);

    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData = {}) const;

    // nullopt when anything was changed, truncated or sealed under another key or other
    // associated data; no partial plaintext is ever returned.
    std::optional<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData = {}) const;

private:
    QByteArray m_key;
};

} // namespace keyward
