// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TokenController.h"

#include "JsonBody.h"
#include "Router.h"
#include "SuccessEnvelope.h"
#include "domain/Services.h"

namespace keyward {

TokenController::TokenController(const Services &services)
    : m_services(services)
    , m_auth(services)
{}

void TokenController::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/Token/generate-from-apikey"), this,
               &TokenController::generateFromApiKey, &TokenController::generateFromApiKeyQuickly);
    router.add("POST", QStringLiteral("/api/Token/generate"), this, &TokenController::generate);
}

HttpResponse TokenController::generateFromApiKey(const HttpRequest &request) const
{
    if (request.header("x-api-key").isEmpty())
        return SuccessEnvelope::missingApiKey();
    return answer(
        m_services.keyExchange.exchange(request.header("x-api-key"), request.clientAddress));
}

std::optional<HttpResponse>
TokenController::generateFromApiKeyQuickly(const HttpRequest &request) const
{
    if (request.header("x-api-key").isEmpty())
        return SuccessEnvelope::missingApiKey();
    const auto exchanged = m_services.keyExchange.exchangeWithoutBlocking(
        request.header("x-api-key"), request.clientAddress);
    if (!exchanged)
        return std::nullopt;
    return answer(*exchanged);
}

HttpResponse TokenController::answer(const KeyExchange::Exchanged &exchanged)
{
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted)
        return SuccessEnvelope::keyRefused(exchanged.check);
    return SuccessEnvelope::tokenGenerated(exchanged.token);
}

HttpResponse TokenController::generate(const HttpRequest &request) const
{
    if (request.header("x-api-key").isEmpty())
        return SuccessEnvelope::missingApiKey();
    const auto check = m_auth.apiKey(request);
    if (check.outcome != KeyVerifier::Outcome::Accepted)
        return SuccessEnvelope::keyRefused(check);
    auto body = JsonBody::parse(request.body);
    if (!body)
        return SuccessEnvelope::badRequest(body.error());
    const auto email = body->string(QStringLiteral("email"), true);
    const auto password = body->string(QStringLiteral("password"), true);
    if (!body->ok())
        return SuccessEnvelope::badRequest(body->error());
    auto user =
        m_services.auth.login(*email, *password, check.key->tenantId, request.clientAddress);
    if (!user)
        return SuccessEnvelope::loginRefused(user.error());
    return SuccessEnvelope::tokenGenerated(m_services.tokens.issueForUser(*user));
}

} // namespace keyward
