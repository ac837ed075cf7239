// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <atomic>
#include <optional>

namespace keyward {

class Metrics;
class Services;

// Operational endpoints: health, the OpenAPI document, the JWKS of the
// signing keys, and Prometheus metrics.
class OpsController final : public Controller {
public:
    OpsController(const Services &services, const Metrics &metrics, int jwksMaxAgeSeconds)
        : m_services(services)
        , m_metrics(metrics)
        , m_jwksMaxAgeSeconds(jwksMaxAgeSeconds)
    {}
    void addRoutes(Router &router) override;

    // Probes the store.
    HttpResponse health(const HttpRequest &request) const;
    // Healthy without a probe while the last successful one is younger
    // than healthyForMs; nullopt: probe.
    std::optional<HttpResponse> healthQuickly(const HttpRequest &request) const;
    static constexpr qint64 healthyForMs = 1'000;
    HttpResponse openApi(const HttpRequest &request) const;
    // Cacheable for jwksMaxAgeSeconds, with an ETag; 304 when the client's
    // If-None-Match names it.
    HttpResponse jwks(const HttpRequest &request) const;
    HttpResponse metrics(const HttpRequest &request) const;

private:
    static HttpResponse healthAnswer(bool storeOk);

    const Services &m_services;
    const Metrics &m_metrics;
    const int m_jwksMaxAgeSeconds;
    mutable std::atomic<qint64> m_lastHealthyMs{0};
};

} // namespace keyward
