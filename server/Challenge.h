// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace keyward::Challenge {

// WWW-Authenticate values: every 401 says how to authenticate (RFC 9110
// 11.6.1), in the forms openapi.json documents.

// RFC 6750 3: a request without a token gets the scheme alone; a token
// that was presented and refused gets error="invalid_token".
inline QByteArray bearer(bool tokenPresented)
{
    return tokenPresented ? QByteArrayLiteral("Bearer realm=\"keyward\", error=\"invalid_token\"")
                          : QByteArrayLiteral("Bearer realm=\"keyward\"");
}

// The x-api-key header: a scheme of Keyward's own, naming the header.
inline QByteArray apiKey()
{
    return QByteArrayLiteral("ApiKey realm=\"keyward\", header=\"x-api-key\"");
}

// Email and password in a login's JSON body: a scheme of Keyward's own.
inline QByteArray password()
{
    return QByteArrayLiteral("Password realm=\"keyward\"");
}

// OAuth 2.0 client authentication (RFC 6749 §2.3.1, §5.2): the client id
// and secret as HTTP Basic user and password.
inline QByteArray basic()
{
    return QByteArrayLiteral("Basic realm=\"keyward\"");
}

} // namespace keyward::Challenge
