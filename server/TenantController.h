// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SuccessEnvelopeGuard.h"

namespace keyward {

// The success-envelope API's /api/Tenant: anonymous discovery listing (seed 001's validation
// step) and tenant management for authenticated callers.
class TenantController final : public Controller {
public:
    explicit TenantController(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse getAll(const HttpRequest &request) const;
    HttpResponse getById(const HttpRequest &request) const;
    HttpResponse create(const HttpRequest &request) const;
    HttpResponse update(const HttpRequest &request) const;

private:
    const Services &m_services;
    SuccessEnvelopeGuard m_guard;
};

} // namespace keyward
