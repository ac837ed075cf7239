// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Controller.h"
#include "FamilyAGuard.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace keyward {

// Family A's /api/Tenant: anonymous discovery listing (seed 001's validation
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
    FamilyAGuard m_guard;
};

} // namespace keyward
