// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "AuthContext.h"

#include "domain/Services.h"

namespace keyward {

KeyVerifier::Check AuthContext::apiKey(const HttpRequest &request, const QString &permission) const
{
    return m_services.keyVerifier.verify(request.header("x-api-key"),
                                         {request.clientAddress, permission});
}

Result<Actor, AuthService::Refusal> AuthContext::bearer(const HttpRequest &request) const
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return AuthService::Refusal{AuthService::Failure::Missing};
    auto actor = m_services.auth.authenticate(token, request.clientAddress);
    if (actor)
        actor->sourceIp = request.clientAddress;
    return actor;
}

} // namespace keyward
