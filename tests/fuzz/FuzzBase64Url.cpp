// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes Base64Url::decode, which reads every JWT segment and JWK member
// from untrusted input. Properties: what decodes is canonical (encoding the
// result gives back exactly the input: one spelling per value), and
// encode/decode round-trips the input taken as raw bytes.
#include "FuzzCheck.h"
#include "crypto/Base64Url.h"

#include <cstddef>
#include <cstdint>

using namespace keyward;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    if (const auto decoded = Base64Url::decode(input)) {
        fuzzCheck(Base64Url::encode(*decoded) == input, "decode accepts canonical text only");
        fuzzCheck(decoded->size() <= input.size() * 3 / 4, "decoded size fits the text");
    }

    const QByteArray encoded = Base64Url::encode(input);
    fuzzCheck(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'),
              "encode writes the URL alphabet without padding");
    const auto back = Base64Url::decode(encoded);
    fuzzCheck(back && *back == input, "decode(encode(bytes)) == bytes");
    return 0;
}
