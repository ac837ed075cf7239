// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ClientsController.h"

#include "JsonBody.h"
#include "Router.h"
#include "StatusEnvelope.h"
#include "SuccessEnvelopeViews.h"
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
            {QStringLiteral("createdAt"), SuccessEnvelopeViews::isoTime(key.createdAt)},
            {QStringLiteral("lastUsed"), SuccessEnvelopeViews::isoTime(key.lastUsedAt)},
            {QStringLiteral("expiresAt"), SuccessEnvelopeViews::isoTime(key.expiresAt)}};
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
        return StatusEnvelope::reply(400, body.error());
    const auto email = body->string(QStringLiteral("email"), true);
    const auto password = body->string(QStringLiteral("password"), true);
    if (!body->ok())
        return StatusEnvelope::reply(400, body->error());
    auto user = m_services.auth.login(*email, *password, std::nullopt, request.clientAddress);
    if (!user)
        return StatusEnvelope::loginRefused(user.error());
    return StatusEnvelope::reply(
        200, QStringLiteral("Login successful"),
        QJsonObject{
            {QStringLiteral("token"), QString::fromLatin1(m_services.tokens.issueForUser(*user))}});
}

HttpResponse ClientsController::generateServiceId(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return StatusEnvelope::bearerRefused(actor.error());
    auto body = JsonBody::parse(request.body);
    if (!body)
        return StatusEnvelope::reply(400, body.error());
    const QString name = body->string(QStringLiteral("name")).value_or(QString());
    if (!body->ok())
        return StatusEnvelope::reply(400, body->error());
    auto registered = m_services.clientKeys.registerService(*actor, name);
    if (!registered)
        return StatusEnvelope::fromDomain(registered.error(), QStringLiteral("Service not found"));
    return StatusEnvelope::reply(
        201, QStringLiteral("Service ID generated"),
        QJsonObject{{QStringLiteral("service_id"), QString::fromLatin1(registered->serviceId)}});
}

HttpResponse ClientsController::generateApiKey(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return StatusEnvelope::bearerRefused(actor.error());
    auto body = JsonBody::parse(request.body, true);
    if (!body)
        return StatusEnvelope::reply(400, body.error());
    const QString serviceId =
        body->string(QStringLiteral("service_id")).value_or(QString()).trimmed();
    if (!body->ok() || serviceId.isEmpty())
        return StatusEnvelope::reply(400, QStringLiteral("Service ID is required"));
    auto issued = m_services.clientKeys.issueKey(*actor, serviceId.toLatin1());
    if (!issued) {
        if (issued.error().code == DomainError::Code::NotFound)
            return StatusEnvelope::reply(403, QStringLiteral("Service ID expired or invalid"));
        return StatusEnvelope::fromDomain(issued.error(), keyNotFound);
    }
    return StatusEnvelope::reply(
        201, QStringLiteral("API Key created"),
        QJsonObject{{QStringLiteral("id"), QString::fromLatin1(issued->secret)}});
}

HttpResponse ClientsController::listApiKeys(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return StatusEnvelope::bearerRefused(actor.error());
    KeyService::ListFilter filter;
    filter.clientCredentialsOnly = true;
    auto keys = m_services.keys.list(*actor, filter, {1, PageRequest::maxPageSize});
    if (!keys)
        return StatusEnvelope::fromDomain(keys.error(), keyNotFound);
    QJsonArray items;
    for (const ApiKey &key : keys->items)
        items.append(clientKeyView(key));
    return StatusEnvelope::reply(200, QStringLiteral("API Keys retrieved"), items);
}

HttpResponse ClientsController::deleteApiKey(const HttpRequest &request) const
{
    auto actor = m_auth.bearer(request);
    if (!actor)
        return StatusEnvelope::bearerRefused(actor.error());
    auto key = m_services.clientKeys.findByPublicId(*actor, request.pathParameters.value(0));
    if (!key)
        return StatusEnvelope::fromDomain(key.error(), keyNotFound);
    auto removed = m_services.keys.remove(*actor, key->id);
    if (!removed)
        return StatusEnvelope::fromDomain(removed.error(), keyNotFound);
    return StatusEnvelope::reply(200, QStringLiteral("API Key deleted"));
}

} // namespace keyward
