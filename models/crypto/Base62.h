// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace keyward::Base62 {

// The alphabet key bodies are drawn from: digits, then upper case, then lower case, so that
// encodeFixed() pads with '0' and its output sorts like the numbers it encodes.
inline constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr int Radix = 62;

// Uniform over [0-9A-Za-z]: rejection sampling on RAND_bytes, never `byte % 62` (that would
// favour the first eight characters).
QByteArray randomString(int length);

// Big-endian base62, left-padded with '0' to `width`. `width` is a minimum: a value that does not
// fit is written in full rather than silently truncated (any quint32 fits in 6 characters).
QByteArray encodeFixed(quint32 value, int width);

// True when every character of `text` is in Alphabet.
bool isBase62(QByteArrayView text);

} // namespace keyward::Base62
