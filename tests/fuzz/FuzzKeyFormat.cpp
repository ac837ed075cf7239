// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes KeyFormat::classify and displayPrefix, which every x-api-key value
// meets before any database lookup, and the CRC-32 behind the checksum.
//
// Each input is used three ways:
//   - as the presented key: displayPrefix is empty exactly when classify
//     rejects, otherwise a prefix of the key of the documented length, and
//     masked() adds 16 '*';
//   - as the bytes of an ak_/sk_ key (byte 0: prefix, 1..36: body mapped onto
//     base62, 37: a position, 38: a character): with a checksum computed by a
//     reference CRC-32 it classifies as its kind, and any one character
//     changed to another base62 character makes it rejected;
//   - as a UUID (first 16 bytes, forced to v4): its lowercase form is a client
//     key, its uppercase form is not.
// crc32() must also agree with the bitwise reference on every input.
#include "FuzzCheck.h"
#include "crypto/Base62.h"
#include "crypto/Crc32.h"
#include "crypto/KeyFormat.h"

#include <QUuid>

#include <cstddef>
#include <cstdint>

using namespace keyward;

namespace {

quint32 referenceCrc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void checkPresented(QByteArrayView presented)
{
    const auto kind = KeyFormat::classify(presented);
    const QByteArray display = KeyFormat::displayPrefix(presented);
    fuzzCheck(display.isEmpty() == !kind, "displayPrefix is empty exactly for rejected keys");
    if (!kind)
        return;
    const qsizetype expected = *kind == KeyKind::Client
                                   ? KeyFormat::UuidDisplayLength
                                   : KeyFormat::PrefixLength + KeyFormat::DisplayBodyLength;
    fuzzCheck(display.size() == expected, "displayPrefix has the documented length");
    fuzzCheck(presented.startsWith(display), "displayPrefix is a prefix of the key");
    const QByteArray masked = KeyFormat::masked(display);
    fuzzCheck(masked == display + QByteArray(KeyFormat::MaskLength, '*'),
              "masked() appends the mask");
}

void checkChecksummed(QByteArrayView input)
{
    constexpr qsizetype Needed = 1 + KeyFormat::BodyLength + 2;
    if (input.size() < Needed)
        return;
    const bool secret = (input[0] & 1) != 0;
    QByteArray key = secret ? QByteArrayLiteral("sk_") : QByteArrayLiteral("ak_");
    for (qsizetype i = 1; i <= KeyFormat::BodyLength; ++i)
        key.append(Base62::Alphabet[static_cast<quint8>(input[i]) % Base62::Radix]);
    key += Base62::encodeFixed(referenceCrc32(key), KeyFormat::ChecksumLength);
    fuzzCheck(key.size() == KeyFormat::KeyLength, "a checksummed key has the key length");

    const auto kind = KeyFormat::classify(key);
    fuzzCheck(kind == (secret ? KeyKind::Secret : KeyKind::Tenant),
              "a well-formed key with a correct checksum classifies as its kind");
    checkPresented(key);

    // One character changed (a typo, a bad paste): the CRC catches every
    // burst of up to 32 bits, so no single substitution may pass.
    const qsizetype position = static_cast<quint8>(input[Needed - 2]) % key.size();
    char replacement = Base62::Alphabet[static_cast<quint8>(input[Needed - 1]) % Base62::Radix];
    if (replacement == key[position])
        replacement = replacement == '0' ? '1' : '0';
    key[position] = replacement;
    fuzzCheck(!KeyFormat::classify(key), "a key with one character changed is rejected");
}

void checkUuid(QByteArrayView input)
{
    if (input.size() < 16)
        return;
    QByteArray bytes = input.first(16).toByteArray();
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QByteArray text = QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces).toLower();
    fuzzCheck(KeyFormat::classify(text) == KeyKind::Client, "a lowercase UUID v4 is a client key");
    checkPresented(text);
    const QByteArray upper = text.toUpper();
    if (upper != text)
        fuzzCheck(!KeyFormat::classify(upper), "an uppercase UUID is not a client key");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    fuzzCheck(crc32(input) == referenceCrc32(input), "crc32() is the IEEE CRC-32");
    checkPresented(input);
    checkChecksummed(input);
    checkUuid(input);
    return 0;
}
