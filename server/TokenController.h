// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SuccessEnvelopeGuard.h"
#include "domain/KeyExchange.h"

#include <optional>

namespace keyward {

// Tokens of the success-envelope API: exchange an API key (seed 000) or a user's credentials
// (seed 001's flow) for a JWT.
class TokenController final : public Controller {
public:
    explicit TokenController(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse generateFromApiKey(const HttpRequest &request) const;
    // The same answer from memory, when the key is cached (see Router).
    std::optional<HttpResponse> generateFromApiKeyQuickly(const HttpRequest &request) const;
    HttpResponse generate(const HttpRequest &request) const;

private:
    static HttpResponse answer(const KeyExchange::Exchanged &exchanged);

    const Services &m_services;
    AuthContext m_auth;
};

} // namespace keyward
