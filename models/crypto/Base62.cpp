// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base62.h"

#include "crypto/Digest.h"

namespace keyward::Base62 {

namespace {

// The largest multiple of 62 that fits in a byte; bytes at or above it are discarded.
constexpr int AcceptedByteLimit = (256 / Radix) * Radix;

} // namespace

QByteArray randomString(int length)
{
    QByteArray out;
    if (length <= 0)
        return out;
    out.reserve(length);
    while (out.size() < length) {
        // About 3% of bytes are rejected; a little headroom avoids most second rounds.
        const QByteArray pool = Digest::randomBytes(length - out.size() + 8);
        for (const char c : pool) {
            const int byte = static_cast<unsigned char>(c);
            if (byte >= AcceptedByteLimit)
                continue;
            out.append(Alphabet[byte % Radix]);
            if (out.size() == length)
                break;
        }
    }
    return out;
}

QByteArray encodeFixed(quint32 value, int width)
{
    QByteArray digits;
    do {
        digits.prepend(Alphabet[value % Radix]);
        value /= Radix;
    } while (value != 0);
    if (digits.size() < width)
        digits.prepend(QByteArray(width - digits.size(), '0'));
    return digits;
}

bool isBase62(QByteArrayView text)
{
    for (const char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace keyward::Base62
