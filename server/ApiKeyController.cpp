#include "ApiKeyController.h"

#include "FamilyA.h"
#include "FamilyAViews.h"
#include "JsonBody.h"
#include "Router.h"
#include "domain/Services.h"

namespace keyward {

ApiKeyController::ApiKeyController(const Services &services)
    : m_services(services)
    , m_guard(services) {}

void ApiKeyController::addRoutes(Router &router) {
    router.add("GET", QStringLiteral("/api/ApiKey/{}/apikey"),
               [this](const HttpRequest &request) { return tenantKey(request); });
    router.add("POST", QStringLiteral("/api/ApiKey/create"),
               [this](const HttpRequest &request) { return create(request); });
}

HttpResponse ApiKeyController::tenantKey(const HttpRequest &request) const {
    const auto tenantId = idFromPath(request.pathParameters.value(0));
    if (!tenantId)
        return FamilyA::badRequest(QStringLiteral("tenantId must be a positive integer"));
    using Failure = TenantService::DiscoveryFailure;
    auto discovery = m_services.tenants.discover(*tenantId);
    if (!discovery) {
        switch (discovery.error()) {
        case Failure::TenantNotFound:
            return FamilyA::error(404, QStringLiteral("Tenant not found"),
                                  {QStringLiteral("No tenant found with ID %1").arg(*tenantId)});
        case Failure::KeyNotConfigured:
            return FamilyA::error(
                404, QStringLiteral("API Key not configured for tenant"),
                {QStringLiteral("No API key has been configured for tenant ID %1").arg(*tenantId)});
        case Failure::KeyInactive:
            return FamilyA::error(
                400, QStringLiteral("API Key is not active or expired"),
                {QStringLiteral("The API key for this tenant is currently inactive")});
        case Failure::Unavailable:
            return FamilyA::error(500, QStringLiteral("Internal server error"),
                                  {QStringLiteral("API key retrieval service unavailable")});
        }
    }
    return FamilyA::ok(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(discovery->key)},
                                   {QStringLiteral("isActive"), discovery->isActive},
                                   {QStringLiteral("tenantId"), discovery->tenant.id},
                                   {QStringLiteral("tenantName"), discovery->tenant.name}},
                       QStringLiteral("API Key retrieved successfully"));
}

HttpResponse ApiKeyController::create(const HttpRequest &request) const {
    auto actor = m_guard.admit(request);
    if (!actor)
        return actor.error();
    auto body = JsonBody::parse(request.body);
    if (!body)
        return FamilyA::badRequest(body.error());
    NewKey key;
    key.name = body->string(QStringLiteral("name"), true).value_or(QString());
    key.description = body->string(QStringLiteral("description")).value_or(QString());
    key.permissions = body->stringList(QStringLiteral("permissions")).value_or(QStringList());
    key.allowedNetworks = body->string(QStringLiteral("allowedIp")).value_or(QString());
    key.lifetimeSeconds = body->integer(QStringLiteral("lifetime"));
    key.expiresAt = body->dateTime(QStringLiteral("expiresAt")).value_or(QDateTime());
    key.rateLimitPerMinute = body->integer(QStringLiteral("rateLimit"));
    key.tenantId = body->integer(QStringLiteral("tenantId"));
    const QString kind = body->string(QStringLiteral("kind")).value_or(QStringLiteral("secret"));
    if (!body->ok())
        return FamilyA::badRequest(body->error());
    if (kind != QLatin1String("secret") && kind != QLatin1String("tenant"))
        return FamilyA::badRequest(QStringLiteral("kind must be \"secret\" or \"tenant\""));
    key.kind = kind == QLatin1String("tenant") ? ApiKeyKind::Tenant : ApiKeyKind::Secret;
    auto issued = m_services.keys.create(*actor, key);
    if (!issued)
        return FamilyA::fromDomain(issued.error(), QStringLiteral("Tenant not found"));
    QJsonObject data = FamilyAViews::key(issued->key);
    data.insert(QStringLiteral("key"), QString::fromLatin1(issued->secret));
    return FamilyA::ok(data, QStringLiteral("API Key created successfully"));
}

} // namespace keyward
