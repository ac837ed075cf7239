// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::Digest {

// Raw 32-byte SHA-256.
QByteArray sha256(QByteArrayView data);

// Lowercase hex SHA-256: the lookup digest stored for API key values.
QByteArray sha256Hex(QByteArrayView data);

// Constant-time for equal lengths (CRYPTO_memcmp); false when the lengths differ. Use it whenever
// either side is a secret or a digest of one.
bool equal(QByteArrayView a, QByteArrayView b);

// `count` bytes from the OpenSSL CSPRNG. A failing RNG aborts the process (qFatal): there is no
// safe way to carry on minting keys without randomness.
QByteArray randomBytes(int count);

} // namespace keyward::Digest
