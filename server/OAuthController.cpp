// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "OAuthController.h"

#include "FormBody.h"
#include "OAuth.h"
#include "PublicUrl.h"
#include "Router.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyward {

namespace {

const QString clientCredentials = QStringLiteral("client_credentials");

// RFC 6749 §3.3: scope tokens are printable ASCII but space, " and \.
std::optional<QStringList> scopeOf(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    const QStringList scope = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : scope) {
        if (!token.match(part).hasMatch())
            return std::nullopt;
    }
    return scope;
}

} // namespace

OAuthController::OAuthController(const Services &services)
    : m_services(services)
{}

void OAuthController::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/oauth2/token"), this, &OAuthController::token,
               &OAuthController::tokenQuickly);
    router.add("POST", QStringLiteral("/oauth2/introspect"), this, &OAuthController::introspect);
    router.addOnLoop("GET", QStringLiteral("/.well-known/oauth-authorization-server"), this,
                     &OAuthController::metadata);
}

Result<QHash<QString, QString>, HttpResponse> OAuthController::form(const HttpRequest &request)
{
    if (!FormBody::isForm(request))
        return OAuth::error(400, QStringLiteral("invalid_request"),
                            QStringLiteral("send the parameters as "
                                           "application/x-www-form-urlencoded"));
    auto fields = FormBody::parse(request.body);
    if (!fields)
        return OAuth::error(400, QStringLiteral("invalid_request"), fields.error());
    return fields.value();
}

Result<OAuthController::Grant, HttpResponse> OAuthController::grant(const HttpRequest &request)
{
    auto fields = form(request);
    if (!fields)
        return fields.error();
    const QString grantType = fields->value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"),
                            QStringLiteral("grant_type is required"));
    if (grantType != clientCredentials)
        return OAuth::error(400, QStringLiteral("unsupported_grant_type"),
                            QStringLiteral("only client_credentials is granted here"));
    auto client = ClientCredentials::presented(request, *fields, false);
    if (!client)
        return client.error();
    Grant grant{*client, {client->keyId, std::nullopt}};
    const QString scope = fields->value(QStringLiteral("scope"));
    if (!scope.trimmed().isEmpty()) {
        grant.terms.scope = scopeOf(scope);
        if (!grant.terms.scope)
            return OAuth::error(400, QStringLiteral("invalid_scope"),
                                QStringLiteral("scope is a space-separated list of permissions"));
    }
    return grant;
}

HttpResponse OAuthController::token(const HttpRequest &request) const
{
    const auto asked = grant(request);
    if (!asked)
        return asked.error();
    return answer(*asked, m_services.keyExchange.exchange(asked->client.secret,
                                                          request.clientAddress, asked->terms));
}

std::optional<HttpResponse> OAuthController::tokenQuickly(const HttpRequest &request) const
{
    const auto asked = grant(request);
    if (!asked)
        return asked.error();
    const auto exchanged = m_services.keyExchange.exchangeWithoutBlocking(
        asked->client.secret, request.clientAddress, asked->terms);
    if (!exchanged)
        return std::nullopt;
    return answer(*asked, *exchanged);
}

HttpResponse OAuthController::answer(const Grant &grant, const KeyExchange::Exchanged &exchanged)
{
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted)
        return OAuth::clientRefused(exchanged.check, KeyExchange::requiredPermission(),
                                    grant.client.challenge());
    if (!exchanged.refusedScope.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_scope"),
                            QStringLiteral("the key cannot grant %1")
                                .arg(exchanged.refusedScope.join(QLatin1Char(' '))));
    return OAuth::answer(200,
                         {{QStringLiteral("access_token"), QString::fromLatin1(exchanged.token)},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), exchanged.expiresInSeconds},
                          {QStringLiteral("scope"), exchanged.scope.join(QLatin1Char(' '))}});
}

HttpResponse OAuthController::introspect(const HttpRequest &request) const
{
    auto fields = form(request);
    if (!fields)
        return fields.error();
    auto client = ClientCredentials::presented(request, *fields, true);
    if (!client)
        return client.error();
    auto check = m_services.keyVerifier.verify(client->secret,
                                               {request.clientAddress, introspectPermission()});
    if (check.outcome == KeyVerifier::Outcome::Accepted && client->keyId &&
        *client->keyId != check.key->id)
        check = {}; // another key's id: as unknown as a wrong secret
    if (check.outcome != KeyVerifier::Outcome::Accepted)
        return OAuth::clientRefused(check, introspectPermission(), client->challenge());
    const QString token = fields->value(QStringLiteral("token"));
    if (token.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"),
                            QStringLiteral("token is required"));
    const auto claims = m_services.auth.introspect(token.toUtf8(), check.key->tenantId);
    if (!claims)
        return OAuth::error(503, QStringLiteral("temporarily_unavailable"),
                            QStringLiteral("the key store is unavailable"));
    if (!claims->has_value())
        return OAuth::answer(200, {{QStringLiteral("active"), false}});
    QJsonObject active = **claims;
    active.insert(QStringLiteral("active"), true);
    const QString subject = active.value(QStringLiteral("sub")).toString();
    if (subject.startsWith(QLatin1String("key:")))
        active.insert(QStringLiteral("client_id"), subject.mid(4));
    return OAuth::answer(200, active);
}

HttpResponse OAuthController::metadata(const HttpRequest &request) const
{
    const QString issuer = m_services.tokens.settings().issuer;
    const auto base = PublicUrl::base(request, issuer);
    if (!base)
        return OAuth::error(400, QStringLiteral("invalid_request"),
                            QStringLiteral("the Host header names no host; configure --issuer"));
    const QJsonArray clientSecret{QStringLiteral("client_secret_basic"),
                                  QStringLiteral("client_secret_post")};
    const QJsonObject document{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("token_endpoint"), *base + QStringLiteral("/oauth2/token")},
        {QStringLiteral("jwks_uri"), *base + QStringLiteral("/.well-known/jwks.json")},
        {QStringLiteral("introspection_endpoint"), *base + QStringLiteral("/oauth2/introspect")},
        {QStringLiteral("grant_types_supported"), QJsonArray{clientCredentials}},
        {QStringLiteral("response_types_supported"), QJsonArray{}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), clientSecret},
        {QStringLiteral("introspection_endpoint_auth_methods_supported"), clientSecret},
        {QStringLiteral("service_documentation"), *base + QStringLiteral("/openapi.json")}};
    return HttpResponse::json(200, document);
}

} // namespace keyward
