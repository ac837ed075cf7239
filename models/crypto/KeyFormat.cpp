// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/KeyFormat.h"

#include "crypto/Base62.h"
#include "crypto/Crc32.h"

#include <QUuid>

namespace keyward {

namespace {

constexpr QByteArrayView TenantPrefix("ak_");
constexpr QByteArrayView SecretPrefix("sk_");
constexpr int UuidLength = 36;

QByteArray checksumOf(QByteArrayView prefixAndBody)
{
    return Base62::encodeFixed(crc32(prefixAndBody), KeyFormat::ChecksumLength);
}

QByteArray checksummedKey(QByteArrayView prefix)
{
    QByteArray key = prefix.toByteArray() + Base62::randomString(KeyFormat::BodyLength);
    key += checksumOf(key);
    return key;
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// Canonical lowercase 8-4-4-4-12, version 4, RFC 4122 variant: exactly what generate() emits.
bool isLowercaseUuidV4(QByteArrayView text)
{
    if (text.size() != UuidLength)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash ? text[i] != '-' : !isLowerHex(text[i]))
            return false;
    }
    const char variant = text[19];
    return text[14] == '4' &&
           (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

} // namespace

QByteArray KeyFormat::generate(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Tenant:
        return checksummedKey(TenantPrefix);
    case KeyKind::Secret:
        return checksummedKey(SecretPrefix);
    case KeyKind::Client:
        // QUuid::createUuid() reads the system CSPRNG (getrandom) on Linux.
        return QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toLower();
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<KeyKind> KeyFormat::classify(QByteArrayView presented)
{
    if (presented.size() == UuidLength)
        return isLowercaseUuidV4(presented) ? std::optional(KeyKind::Client) : std::nullopt;
    if (presented.size() != KeyLength)
        return std::nullopt;

    const QByteArrayView prefix = presented.first(PrefixLength);
    std::optional<KeyKind> kind;
    if (prefix == TenantPrefix)
        kind = KeyKind::Tenant;
    else if (prefix == SecretPrefix)
        kind = KeyKind::Secret;
    else
        return std::nullopt;

    const QByteArrayView checked = presented.first(PrefixLength + BodyLength);
    const QByteArrayView checksum = presented.last(ChecksumLength);
    if (!Base62::isBase62(checked.sliced(PrefixLength)) || !Base62::isBase62(checksum))
        return std::nullopt;
    if (checksum != checksumOf(checked))
        return std::nullopt;
    return kind;
}

QByteArray KeyFormat::displayPrefix(QByteArrayView key)
{
    const std::optional<KeyKind> kind = classify(key);
    if (!kind)
        return {};
    if (*kind == KeyKind::Client)
        return key.first(UuidDisplayLength).toByteArray();
    return key.first(PrefixLength + DisplayBodyLength).toByteArray();
}

QByteArray KeyFormat::masked(QByteArrayView displayPrefix)
{
    return displayPrefix.toByteArray() + QByteArray(MaskLength, '*');
}

} // namespace keyward
