// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"

namespace keyward::Base64Url {

namespace {

constexpr auto EncodeOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(EncodeOptions);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                 QByteArray::Base64UrlEncoding |
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.toBase64(EncodeOptions) != text)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace keyward::Base64Url
