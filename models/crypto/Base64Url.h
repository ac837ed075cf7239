// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace keyward::Base64Url {

// Base64url without padding (RFC 7515 section 2), as used in JWS segments, JWK members and kids.
QByteArray encode(QByteArrayView bytes);

// Strict inverse of encode(): only the exact text encode() would produce is accepted (no padding,
// whitespace, standard-alphabet characters or non-zero trailing bits), so a token has a single
// spelling and cannot be altered without changing what it decodes to.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace keyward::Base64Url
