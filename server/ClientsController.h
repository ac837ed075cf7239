// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuthContext.h"
#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace keyward {

// The status-envelope API (seed 003): login, service ids, and the UUID API keys made from
// them, all with a bearer token and the {status, message, data} envelope.
class ClientsController final : public Controller {
public:
    explicit ClientsController(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse login(const HttpRequest &request) const;
    HttpResponse generateServiceId(const HttpRequest &request) const;
    HttpResponse generateApiKey(const HttpRequest &request) const;
    HttpResponse listApiKeys(const HttpRequest &request) const;
    HttpResponse deleteApiKey(const HttpRequest &request) const;

private:
    const Services &m_services;
    AuthContext m_auth;
};

} // namespace keyward
