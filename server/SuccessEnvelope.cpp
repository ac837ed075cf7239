// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SuccessEnvelope.h"

#include "Challenge.h"
#include "JsonSlot.h"

#include <QJsonArray>

namespace keyward {

namespace {

QJsonObject okObject(const QJsonValue &data, const QString &message)
{
    return {{QStringLiteral("success"), true},
            {QStringLiteral("data"), data},
            {QStringLiteral("message"), message}};
}

} // namespace

HttpResponse SuccessEnvelope::ok(const QJsonValue &data, const QString &message, int status)
{
    return HttpResponse::json(status, okObject(data, message));
}

HttpResponse SuccessEnvelope::tokenGenerated(const QByteArray &token)
{
    static const QString message = QStringLiteral("Token generated successfully");
    // The answer of every key exchange: made once, the token filled in.
    static const JsonSlot envelope(okObject(JsonSlot::marker, message));
    if (auto body = envelope.filled(token))
        return {200, QByteArrayLiteral("application/json"), *body, {}, 0, false};
    return ok(QString::fromLatin1(token), message);
}

HttpResponse SuccessEnvelope::error(int status, const QString &message, const QStringList &errors)
{
    return HttpResponse::json(status,
                              {{QStringLiteral("success"), false},
                               {QStringLiteral("message"), message},
                               {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}});
}

HttpResponse SuccessEnvelope::missingApiKey()
{
    return error(401, QStringLiteral("API Key is missing."),
                 {QStringLiteral("Missing x-api-key header")})
        .withHeader("WWW-Authenticate", Challenge::apiKey());
}

HttpResponse SuccessEnvelope::invalidJwt(bool tokenPresented)
{
    return error(401, QStringLiteral("Accesso negato: token non valido o mancante"),
                 {QStringLiteral("JWT token validation failed")})
        .withHeader("WWW-Authenticate", Challenge::bearer(tokenPresented));
}

HttpResponse SuccessEnvelope::forbidden(const QString &why)
{
    return error(403, QStringLiteral("Forbidden - Insufficient permissions"), {why});
}

HttpResponse SuccessEnvelope::badRequest(const QString &why)
{
    return error(400, QStringLiteral("Invalid request"), {why});
}

HttpResponse SuccessEnvelope::bearerRefused(const AuthService::Refusal &refusal)
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

HttpResponse SuccessEnvelope::loginRefused(const AuthService::Refusal &refusal)
{
    switch (refusal.reason) {
    case AuthService::Failure::Unavailable:
        return error(500, QStringLiteral("Internal server error"),
                     {QStringLiteral("Token generation service unavailable")});
    case AuthService::Failure::Throttled:
        return error(429, QStringLiteral("Too many login attempts"),
                     {QStringLiteral("Try again in %1 seconds").arg(refusal.retryAfterSeconds)})
            .withHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds))
            .heldFor(loginRefusalHoldMs);
    case AuthService::Failure::Missing:
    case AuthService::Failure::Rejected:
        break;
    }
    return error(401, QStringLiteral("Invalid email or password"),
                 {QStringLiteral("Authentication failed")})
        .withHeader("WWW-Authenticate", Challenge::password());
}

HttpResponse SuccessEnvelope::discoveryRefused(TenantService::DiscoveryFailure failure,
                                               qint64 tenantId)
{
    using Failure = TenantService::DiscoveryFailure;
    switch (failure) {
    case Failure::TenantNotFound:
        return error(404, QStringLiteral("Tenant not found"),
                     {QStringLiteral("No tenant found with ID %1").arg(tenantId)});
    case Failure::KeyNotConfigured:
        return error(
            404, QStringLiteral("API Key not configured for tenant"),
            {QStringLiteral("No API key has been configured for tenant ID %1").arg(tenantId)});
    case Failure::KeyInactive:
        return error(400, QStringLiteral("API Key is not active or expired"),
                     {QStringLiteral("The API key for this tenant is currently inactive")});
    case Failure::Unavailable:
        break;
    }
    return error(500, QStringLiteral("Internal server error"),
                 {QStringLiteral("API key retrieval service unavailable")});
}

HttpResponse SuccessEnvelope::keyRefused(const KeyVerifier::Check &check)
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

HttpResponse SuccessEnvelope::fromDomain(const DomainError &failure, const QString &notFoundMessage)
{
    switch (failure.code) {
    case DomainError::Code::InvalidInput:
        return badRequest(failure.detail());
    case DomainError::Code::NotFound:
        return error(404, notFoundMessage, {failure.detail()});
    case DomainError::Code::Forbidden:
        return forbidden(failure.detail());
    case DomainError::Code::Conflict:
        return error(409, QStringLiteral("Conflict"), {failure.detail()});
    case DomainError::Code::Unavailable:
        return error(500, QStringLiteral("Internal server error"), {failure.detail()});
    }
    Q_UNREACHABLE();
}

} // namespace keyward
