// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ProblemDetails.h"

#include "Challenge.h"

namespace keyward {

namespace {

QString titleFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Internal Server Error");
    }
}

QJsonValue epochSeconds(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

} // namespace

HttpResponse ProblemDetails::problem(int status, const QString &detail)
{
    return HttpResponse::json(status,
                              {{QStringLiteral("type"), QStringLiteral("about:blank")},
                               {QStringLiteral("title"), titleFor(status)},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("detail"), detail}},
                              QByteArrayLiteral("application/problem+json"));
}

HttpResponse ProblemDetails::unauthorized(bool tokenPresented)
{
    return problem(401, QStringLiteral("A valid bearer token is required"))
        .withHeader("WWW-Authenticate", Challenge::bearer(tokenPresented));
}

HttpResponse ProblemDetails::bearerRefused(const AuthService::Refusal &refusal)
{
    switch (refusal.reason) {
    case AuthService::Failure::Missing:
        return unauthorized(false);
    case AuthService::Failure::Rejected:
        break;
    case AuthService::Failure::Throttled:
        return problem(429, QStringLiteral("Rate limit exceeded for this API key"))
            .withHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds));
    case AuthService::Failure::Unavailable:
        return problem(500, QStringLiteral("Authentication service unavailable"));
    }
    return unauthorized(true);
}

HttpResponse ProblemDetails::fromDomain(const DomainError &error)
{
    switch (error.code) {
    case DomainError::Code::InvalidInput:
        return problem(400, error.detail());
    case DomainError::Code::NotFound:
        return problem(404, error.detail());
    case DomainError::Code::Forbidden:
        return problem(403, error.detail());
    case DomainError::Code::Conflict:
        return problem(409, error.detail());
    case DomainError::Code::Unavailable:
        return problem(500, error.detail());
    }
    Q_UNREACHABLE();
}

QJsonObject ProblemDetails::dto(const ApiKey &key, const QByteArray &apiKey)
{
    QJsonObject dto{{QStringLiteral("id"), key.id},
                    {QStringLiteral("createdAt"), epochSeconds(key.createdAt)},
                    {QStringLiteral("updatedAt"), epochSeconds(key.updatedAt)},
                    {QStringLiteral("status"), keyStatusName(key.status)},
                    {QStringLiteral("tenantId"), key.tenantId},
                    {QStringLiteral("label"), key.name},
                    {QStringLiteral("lifetime"), key.lifetimeSeconds
                                                     ? QJsonValue(*key.lifetimeSeconds)
                                                     : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("expiresAt"), epochSeconds(key.expiresAt)},
                    {QStringLiteral("jti"),
                     key.jti.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key.jti)}};
    if (!apiKey.isEmpty())
        dto.insert(QStringLiteral("apiKey"), QString::fromLatin1(apiKey));
    return dto;
}

} // namespace keyward
