#pragma once

#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

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

    HttpResponse health(const HttpRequest &request) const;
    HttpResponse openApi(const HttpRequest &request) const;
    HttpResponse jwks(const HttpRequest &request) const;
    HttpResponse metrics(const HttpRequest &request) const;

private:
    const Services &m_services;
    const Metrics &m_metrics;
};

} // namespace keyward
