// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TokenController.h"

#include "Challenge.h"
#include "FamilyA.h"
#include "JsonBody.h"
#include "Router.h"
#include "domain/Services.h"

namespace keyward {

namespace {
const QString tokenGenerated = QStringLiteral("Token generated successfully");
}

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
        return FamilyA::missingApiKey();
    return answer(
        m_services.keyExchange.exchange(request.header("x-api-key"), request.clientAddress));
}

std::optional<HttpResponse>
TokenController::generateFromApiKeyQuickly(const HttpRequest &request) const
{
    if (request.header("x-api-key").isEmpty())
        return FamilyA::missingApiKey();
    const auto exchanged = m_services.keyExchange.exchangeWithoutBlocking(
        request.header("x-api-key"), request.clientAddress);
    if (!exchanged)
        return std::nullopt;
    return answer(*exchanged);
}

HttpResponse TokenController::answer(const KeyExchange::Exchanged &exchanged)
{
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted)
        return FamilyA::keyRefused(exchanged.check);
    return FamilyA::ok(QString::fromLatin1(exchanged.token), tokenGenerated);
}

HttpResponse TokenController::generate(const HttpRequest &request) const
{
    if (request.header("x-api-key").isEmpty())
        return FamilyA::missingApiKey();
    const auto check = m_auth.apiKey(request);
    if (check.outcome != KeyVerifier::Outcome::Accepted)
        return FamilyA::keyRefused(check);
    auto body = JsonBody::parse(request.body);
    if (!body)
        return FamilyA::badRequest(body.error());
    const auto email = body->string(QStringLiteral("email"), true);
    const auto password = body->string(QStringLiteral("password"), true);
    if (!body->ok())
        return FamilyA::badRequest(body->error());
    auto user =
        m_services.auth.login(*email, *password, check.key->tenantId, request.clientAddress);
    if (!user) {
        switch (user.error().reason) {
        case AuthService::Failure::Unavailable:
            return FamilyA::error(500, QStringLiteral("Internal server error"),
                                  {QStringLiteral("Token generation service unavailable")});
        case AuthService::Failure::Throttled:
            return FamilyA::error(429, QStringLiteral("Too many login attempts"),
                                  {QStringLiteral("Try again in %1 seconds")
                                       .arg(user.error().retryAfterSeconds)})
                .withHeader("Retry-After", QByteArray::number(user.error().retryAfterSeconds))
                .heldFor(loginRefusalHoldMs);
        case AuthService::Failure::Missing:
        case AuthService::Failure::Rejected:
            break;
        }
        return FamilyA::error(401, QStringLiteral("Invalid email or password"),
                              {QStringLiteral("Authentication failed")})
            .withHeader("WWW-Authenticate", Challenge::password());
    }
    return FamilyA::ok(QString::fromLatin1(m_services.tokens.issueForUser(*user)), tokenGenerated);
}

} // namespace keyward
