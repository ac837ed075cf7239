// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuthContext.h"
#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace keyward {

// The v1 API (seed 004): /api/v1/apikey, keys whose value is a signed JWT
// naming its row by jti, managed with a bearer token.
class ApiKeyV1Controller final : public Controller {
public:
    explicit ApiKeyV1Controller(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse create(const HttpRequest &request) const;
    HttpResponse list(const HttpRequest &request) const;
    HttpResponse get(const HttpRequest &request) const;
    HttpResponse update(const HttpRequest &request) const;
    HttpResponse remove(const HttpRequest &request) const;

private:
    struct Target {
        Actor actor;
        qint64 id = 0;
    };
    Result<Target, HttpResponse> admitWithId(const HttpRequest &request) const;

    const Services &m_services;
    AuthContext m_auth;
};

} // namespace keyward
