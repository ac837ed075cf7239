// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SuccessEnvelopeGuard.h"

namespace keyward {

// The success-envelope API's /api/ApiKey: anonymous tenant-key discovery (seed 001) and key
// management for authenticated callers (seed 002 and its siblings).
class ApiKeyController final : public Controller {
public:
    explicit ApiKeyController(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse tenantKey(const HttpRequest &request) const;
    HttpResponse create(const HttpRequest &request) const;
    HttpResponse getById(const HttpRequest &request) const;
    HttpResponse getAll(const HttpRequest &request) const;
    HttpResponse update(const HttpRequest &request) const;
    HttpResponse remove(const HttpRequest &request) const;
    HttpResponse rotate(const HttpRequest &request) const;
    // How the key was used and refused over ?since= (24h by default).
    HttpResponse usage(const HttpRequest &request) const;

private:
    const Services &m_services;
    SuccessEnvelopeGuard m_guard;
};

} // namespace keyward
