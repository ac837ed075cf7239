// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "FamilyA.h"

#include "Challenge.h"

#include <QJsonArray>

namespace keyward {

HttpResponse FamilyA::ok(const QJsonValue &data, const QString &message, int status)
{
    return HttpResponse::json(status, {{QStringLiteral("success"), true},
                                       {QStringLiteral("data"), data},
                                       {QStringLiteral("message"), message}});
}

HttpResponse FamilyA::error(int status, const QString &message, const QStringList &errors)
{
    return HttpResponse::json(status,
                              {{QStringLiteral("success"), false},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}});
}

HttpResponse FamilyA::missingApiKey()
{
    return error(401, QStringLiteral("API Key is missing."),
                 {QStringLiteral("Missing x-api-key header")})
        .withHeader("WWW-Authenticate", Challenge::apiKey());
}

HttpResponse FamilyA::invalidJwt(bool tokenPresented)
{
    return error(401, QStringLiteral("Accesso negato: token non valido o mancante"),
                 {QStringLiteral("JWT token validation failed")})
        .withHeader("WWW-Authenticate", Challenge::bearer(tokenPresented));
}

HttpResponse FamilyA::forbidden(const QString &why)
{
    return error(403, QStringLiteral("Forbidden - Insufficient permissions"), {why});
}

HttpResponse FamilyA::badRequest(const QString &why)
{
    return error(400, QStringLiteral("Invalid request"), {why});
}

HttpResponse FamilyA::bearerRefused(const AuthService::Refusal &refusal)
{
    switch (refusal.reason) {
    case AuthService::Failure::Missing:
        return invalidJwt(false);
    case AuthService::Failure::Rejected:
        break;
    case AuthService::Failure::Throttled:
        return error(429, QStringLiteral("Too many requests"),
                     {QStringLiteral("Rate limit exceeded for this API key")})
            .withHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds));
    case AuthService::Failure::Unavailable:
        return error(500, QStringLiteral("Internal server error"),
                     {QStringLiteral("Authentication service unavailable")});
    }
    return invalidJwt(true);
}

HttpResponse FamilyA::keyRefused(const KeyVerifier::Check &check)
{
    using Outcome = KeyVerifier::Outcome;
    const QString inactive = QStringLiteral("API Key is not active or expired");
    const QString restricted = QStringLiteral("API key restrictions");
    switch (check.outcome) {
    case Outcome::Accepted:
        break;
    case Outcome::Unknown:
        return error(403, QStringLiteral("Invalid API Key."),
                     {QStringLiteral("API key validation failed")});
    case Outcome::Inactive:
        return error(400, inactive, {QStringLiteral("API key is inactive")});
    case Outcome::TenantInactive:
        return error(400, inactive, {QStringLiteral("Tenant associated with API key is inactive")});
    case Outcome::Expired:
        return error(400, inactive, {QStringLiteral("API key has expired")});
    case Outcome::OutsideTimeWindow:
        return error(422, restricted, {QStringLiteral("API key is not valid at this time")});
    case Outcome::PermissionDenied:
        return error(422, restricted,
                     {QStringLiteral("API key lacks permission for token generation")});
    case Outcome::AddressNotAllowed:
        return error(422, restricted, {QStringLiteral("IP address not allowed for this API key")});
    case Outcome::RateLimited:
        return error(422, restricted, {QStringLiteral("Rate limit exceeded for this API key")})
            .withHeader("Retry-After", QByteArray::number(check.retryAfterSeconds));
    case Outcome::Unavailable:
        return error(500, QStringLiteral("Internal server error"),
                     {QStringLiteral("Token generation service unavailable")});
    }
    Q_UNREACHABLE();
}

HttpResponse FamilyA::fromDomain(const DomainError &failure, const QString &notFoundMessage)
{
    switch (failure.code) {
    case DomainError::Code::InvalidInput:
        return badRequest(failure.detail);
    case DomainError::Code::NotFound:
        return error(404, notFoundMessage, {failure.detail});
    case DomainError::Code::Forbidden:
        return forbidden(failure.detail);
    case DomainError::Code::Conflict:
        return error(409, QStringLiteral("Conflict"), {failure.detail});
    case DomainError::Code::Unavailable:
        return error(500, QStringLiteral("Internal server error"), {failure.detail});
    }
    Q_UNREACHABLE();
}

} // namespace keyward
