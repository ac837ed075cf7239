#pragma once

#include "Controller.h"
#include "FamilyAGuard.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace keyward {

// Family A tokens: exchange an API key (seed 000) or a user's credentials
// (seed 001's flow) for a JWT.
class TokenController final : public Controller {
public:
    explicit TokenController(const Services &services);
    void addRoutes(Router &router) override;

    HttpResponse generateFromApiKey(const HttpRequest &request) const;
    HttpResponse generate(const HttpRequest &request) const;

private:
    const Services &m_services;
    AuthContext m_auth;
};

} // namespace keyward
