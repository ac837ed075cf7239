// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace keyward {

enum class KeyKind { Tenant, Secret, Client };

// Owns the textual shape of API key values: prefixes, random body, checksum and the parts that may
// be shown in clear. Everything here is decidable from the string alone, so malformed keys are
// turned away before any database lookup.
class KeyFormat {
public:
    // Lengths of the checksummed kinds: "ak_" / "sk_" + body + base62 CRC-32.
    static constexpr int PrefixLength = 3;
    static constexpr int BodyLength = 36; // 36 * log2(62) ≈ 214 bits
    static constexpr int ChecksumLength = 6;
    static constexpr int KeyLength = PrefixLength + BodyLength + ChecksumLength;
    static constexpr int DisplayBodyLength = 6;
    static constexpr int UuidDisplayLength = 8;
    static constexpr int MaskLength = 16;

    // Tenant: "ak_" + body + checksum; Secret: "sk_" + body + checksum; Client: a random lowercase
    // UUID v4 (the status-envelope API's credential format, which has no room for a checksum).
    static QByteArray generate(KeyKind kind);

    // nullopt for a wrong prefix or length, characters outside base62, a checksum mismatch (typo,
    // truncated paste) or a client key that is not a lowercase UUID v4.
    static std::optional<KeyKind> classify(QByteArrayView presented);

    // Safe to show or store in clear: prefix + first 6 body characters for ak_/sk_ keys, the first
    // 8 characters of a UUID. Empty for a value classify() rejects, so a garbled paste never
    // leaks into listings or logs.
    static QByteArray displayPrefix(QByteArrayView key);

    // What lists show: the display prefix followed by 16 '*'.
    static QByteArray masked(QByteArrayView displayPrefix);
};

} // namespace keyward
