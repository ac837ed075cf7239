// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ClientsController.h"

#include "Challenge.h"
#include "FamilyAViews.h"
#include "FamilyB.h"
#include "JsonBody.h"
#include "Router.h"
#include "crypto/KeyFormat.h"
#include "domain/Services.h"

#include <QJsonArray>

namespace keyward {

namespace {

const QString keyNotFound = QStringLiteral("API Key not found");

QJsonObject clientKeyView(const ApiKey &key)
{
    return {{QStringLiteral("keyId"), key.publicId},
            {QStringLiteral("id"),
             QString::fromLatin1(KeyFormat::masked(key.displayPrefix.toLatin1()))},
            {QStringLiteral("name"), key.name},
            {QStringLiteral("status"), keyStatusName(key.status)},
            {QStringLiteral("createdAt"), FamilyAViews::isoTime(key.createdAt)},
            {QStringLiteral("lastUsed"), FamilyAViews::isoTime(key.lastUsedAt)},
            {QStringLiteral("expiresAt"), FamilyAViews::isoTime(key.expiresAt)}};
}

} // namespace

ClientsController::ClientsController(const Services &services)
    : m_services(services)
    , m_auth(services)
{}

void ClientsController::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/auth/login"), this, &ClientsController::login);
    router.add("POST", QStringLiteral("/api/clients/generate-service-id"), this,
               &ClientsController::generateServiceId);
    router.add("POST", QStringLiteral("/api/clients/generate-api-key"), this,
               &ClientsController::generateApiKey);
    router.add("GET", QStringLiteral("/api/clients/api-keys"), this,
               &ClientsController::listApiKeys);
    router.add("DELETE", QStringLiteral("/api/clients/api-keys/{}"), this,
               &ClientsController::deleteApiKey);
}

HttpResponse ClientsController::login(const HttpRequest &request) const
{
    auto body = JsonBody::parse(request.body);
    if (!body)
        return FamilyB::reply(400, body.error());
    const auto email = body->string(QStringLiteral("email"), true);
    const auto password = body->string(QStringLiteral("password"), true);
    if (!body->ok())
        return FamilyB::reply(400, body->error());
    auto user = m_services.auth.login(*email, *password, std::nullopt, request.clientAddress);
    if (!user) {
        switch (user.error().reason) {
        case AuthService::Failure::Unavailable:
            return FamilyB::reply(500, QStringLiteral("Internal server error"));
        case AuthService::Failure::Throttled:
            return FamilyB::reply(429, QStringLiteral("Too many login attempts"))
                .withHeader("Retry-After", QByteArray::number(user.error().retryAfterSeconds))
                .heldFor(loginRefusalHoldMs);
        case AuthService::Failure::Missing:
        case AuthService::Failure::Rejected:
            break;
        }
        return FamilyB::reply(401, QStringLiteral("Invalid email or password"))
            .withHeader("WWW-Authenticate", Challenge::password());
    }
    return FamilyB::reply(
        200, QStringLiteral("Login successful"),
        QJsonObject{
            {QStringLiteral("token"), QString::fromLatin1(m_services.tokens.issueForUser(*user))}});
}

HttpResponse ClientsController::generateServiceId(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return FamilyB::bearerRefused(actor.error());
    auto body = JsonBody::parse(request.body);
    if (!body)
        return FamilyB::reply(400, body.error());
    const QString name = body->string(QStringLiteral("name")).value_or(QString());
    if (!body->ok())
        return FamilyB::reply(400, body->error());
    auto registered = m_services.clientKeys.registerService(*actor, name);
    if (!registered)
        return FamilyB::fromDomain(registered.error(), QStringLiteral("Service not found"));
    return FamilyB::reply(
        201, QStringLiteral("Service ID generated"),
        QJsonObject{{QStringLiteral("service_id"), QString::fromLatin1(registered->serviceId)}});
}

HttpResponse ClientsController::generateApiKey(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return FamilyB::bearerRefused(actor.error());
    auto body = JsonBody::parse(request.body, true);
    if (!body)
        return FamilyB::reply(400, body.error());
    const QString serviceId =
        body->string(QStringLiteral("service_id")).value_or(QString()).trimmed();
    if (!body->ok() || serviceId.isEmpty())
        return FamilyB::reply(400, QStringLiteral("Service ID is required"));
    auto issued = m_services.clientKeys.issueKey(*actor, serviceId.toLatin1());
    if (!issued) {
        if (issued.error().code == DomainError::Code::NotFound)
            return FamilyB::reply(403, QStringLiteral("Service ID expired or invalid"));
        return FamilyB::fromDomain(issued.error(), keyNotFound);
    }
    return FamilyB::reply(201, QStringLiteral("API Key created"),
                          QJsonObject{{QStringLiteral("id"), QString::fromLatin1(issued->secret)}});
}

HttpResponse ClientsController::listApiKeys(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return FamilyB::bearerRefused(actor.error());
    KeyService::ListFilter filter;
    filter.clientCredentialsOnly = true;
    auto keys = m_services.keys.list(*actor, filter, {1, PageRequest::maxPageSize});
    if (!keys)
        return FamilyB::fromDomain(keys.error(), keyNotFound);
    QJsonArray items;
    for (const ApiKey &key : keys->items)
        items.append(clientKeyView(key));
    return FamilyB::reply(200, QStringLiteral("API Keys retrieved"), items);
}

HttpResponse ClientsController::deleteApiKey(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return FamilyB::bearerRefused(actor.error());
    auto key = m_services.clientKeys.findByPublicId(*actor, request.pathParameters.value(0));
    if (!key)
        return FamilyB::fromDomain(key.error(), keyNotFound);
    auto removed = m_services.keys.remove(*actor, key->id);
    if (!removed)
        return FamilyB::fromDomain(removed.error(), keyNotFound);
    return FamilyB::reply(200, QStringLiteral("API Key deleted"));
}

} // namespace keyward
