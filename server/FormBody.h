// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"
#include "Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace keyward {

// An application/x-www-form-urlencoded body (HTML's form encoding, which
// OAuth 2.0 requests use): `+` is a space, %XX a byte, the result UTF-8.
namespace FormBody {

// Whether the request says its body is one (a charset parameter is allowed).
bool isForm(const HttpRequest &request);
// Its fields by name; a message when a field is repeated (RFC 6749 §3.2: a
// parameter must not be sent twice) or a name or value is not UTF-8.
Result<QHash<QString, QString>, QString> parse(const QByteArray &body);
// One form-encoded component, decoded (also how RFC 6749 §2.3.1 encodes the
// user and password of HTTP Basic client authentication); nullopt when the
// bytes are not UTF-8.
std::optional<QString> decode(QByteArray component);

} // namespace FormBody

} // namespace keyward
