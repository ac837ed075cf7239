// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ClientCredentials.h"
#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "domain/KeyExchange.h"

#include <QHash>

#include <optional>

namespace keyward {

class Services;

// The standard face of the key exchange for OAuth 2.0 clients and relying
// parties: the client-credentials grant (RFC 6749 §4.4) at /oauth2/token,
// token introspection (RFC 7662) at /oauth2/introspect, and the
// authorization server metadata (RFC 8414) naming both.
class OAuthController final : public Controller {
public:
    // What a key needs to introspect tokens.
    static QString introspectPermission() { return QStringLiteral("token:introspect"); }

    explicit OAuthController(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse token(const HttpRequest &request) const;
    // The same answer from memory, when the key is cached (see Router).
    std::optional<HttpResponse> tokenQuickly(const HttpRequest &request) const;
    HttpResponse introspect(const HttpRequest &request) const;
    HttpResponse metadata(const HttpRequest &request) const;

private:
    // A token request read and checked up to the exchange.
    struct Grant {
        ClientCredentials client;
        KeyExchange::Terms terms;
    };
    static Result<Grant, HttpResponse> grant(const HttpRequest &request);
    static Result<QHash<QString, QString>, HttpResponse> form(const HttpRequest &request);
    static HttpResponse answer(const Grant &grant, const KeyExchange::Exchanged &exchanged);

    const Services &m_services;
};

} // namespace keyward
