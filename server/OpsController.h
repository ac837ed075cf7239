#pragma once

#include "Controller.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace keyward {

class Services;

// Operational endpoints: health now; OpenAPI, JWKS and metrics alongside.
class OpsController final : public Controller {
public:
    explicit OpsController(const Services &services)
        : m_services(services)
    {}
    void addRoutes(Router &router) override;

    HttpResponse health(const HttpRequest &request) const;

private:
    const Services &m_services;
};

} // namespace keyward
