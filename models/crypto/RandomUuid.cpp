// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/RandomUuid.h"

#include <openssl/rand.h>

#include <array>

namespace keyward {

namespace {

constexpr std::size_t uuidBytes = 16;
constexpr std::size_t uuidsPerDraw = 64;

} // namespace

QUuid randomUuid()
{
    thread_local std::array<unsigned char, uuidBytes * uuidsPerDraw> drawn;
    thread_local std::size_t used = drawn.size();
    if (used == drawn.size()) {
        if (RAND_bytes(drawn.data(), int(drawn.size())) != 1)
            qFatal("RAND_bytes failed: the OpenSSL random generator is unusable");
        used = 0;
    }
    std::array<unsigned char, uuidBytes> bytes;
    std::copy_n(drawn.begin() + qsizetype(used), uuidBytes, bytes.begin());
    used += uuidBytes;
    // RFC 9562 §5.4: version 4 in the high nibble of octet 6, variant 10 in
    // the top bits of octet 8.
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    return QUuid::fromRfc4122(
        QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

} // namespace keyward
