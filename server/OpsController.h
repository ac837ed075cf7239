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
    OpsController(const Services &services, const Metrics &metrics)
        : m_services(services)
        , m_metrics(metrics)
    {}
    void addRoutes(Router &router) override;

    // Probes the store.
    HttpResponse health(const HttpRequest &request) const;
    // Healthy without a probe while the last successful one is younger
    // than healthyForMs; nullopt: probe.
    std::optional<HttpResponse> healthQuickly(const HttpRequest &request) const;
    static constexpr qint64 healthyForMs = 1'000;
    HttpResponse openApi(const HttpRequest &request) const;
    HttpResponse jwks(const HttpRequest &request) const;
    HttpResponse metrics(const HttpRequest &request) const;

private:
    static HttpResponse healthAnswer(bool storeOk);

    const Services &m_services;
    const Metrics &m_metrics;
    mutable std::atomic<qint64> m_lastHealthyMs{0};
};

} // namespace keyward
