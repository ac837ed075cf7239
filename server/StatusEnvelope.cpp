// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "StatusEnvelope.h"

#include "Challenge.h"

#include <QJsonObject>

namespace keyward {

HttpResponse StatusEnvelope::reply(int status, const QString &message, const QJsonValue &data)
{
    return HttpResponse::json(status, {{QStringLiteral("status"), status},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("data"), data}});
}

HttpResponse StatusEnvelope::invalidJwt(bool tokenPresented)
{
    return reply(401, QStringLiteral("Invalid JWT token"))
        .withHeader("WWW-Authenticate", Challenge::bearer(tokenPresented));
}

HttpResponse StatusEnvelope::bearerRefused(const AuthService::Refusal &refusal)
{
    switch (refusal.reason) {
    case AuthService::Failure::Missing:
        return invalidJwt(false);
    case AuthService::Failure::Rejected:
        break;
    case AuthService::Failure::Throttled:
        return reply(429, QStringLiteral("Rate limit exceeded for this API key"))
            .withHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds));
    case AuthService::Failure::Unavailable:
        return reply(500, QStringLiteral("Internal server error"));
    }
    return invalidJwt(true);
}

HttpResponse StatusEnvelope::loginRefused(const AuthService::Refusal &refusal)
{
    switch (refusal.reason) {
    case AuthService::Failure::Unavailable:
        return reply(500, QStringLiteral("Internal server error"));
    case AuthService::Failure::Throttled:
        return reply(429, QStringLiteral("Too many login attempts"))
            .withHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds))
            .heldFor(loginRefusalHoldMs);
    case AuthService::Failure::Missing:
    case AuthService::Failure::Rejected:
        break;
    }
    return reply(401, QStringLiteral("Invalid email or password"))
        .withHeader("WWW-Authenticate", Challenge::password());
}

HttpResponse StatusEnvelope::fromDomain(const DomainError &error, const QString &notFoundMessage)
{
    switch (error.code) {
    case DomainError::Code::InvalidInput:
        return reply(400, error.detail());
    case DomainError::Code::NotFound:
        return reply(404, notFoundMessage);
    case DomainError::Code::Forbidden:
        return reply(403, QStringLiteral("Forbidden"));
    case DomainError::Code::Conflict:
        return reply(409, error.detail());
    case DomainError::Code::Unavailable:
        return reply(500, QStringLiteral("Internal server error"));
    }
    Q_UNREACHABLE();
}

} // namespace keyward
