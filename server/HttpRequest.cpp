// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "HttpRequest.h"

namespace keyward {

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray authorization = header("authorization");
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() ||
        authorization.left(scheme.size()).toLower() != scheme)
        return {};
    return authorization.mid(scheme.size()).trimmed();
}

} // namespace keyward
