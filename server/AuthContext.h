// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpRequest.h"
#include "Result.h"
#include "domain/Actor.h"
#include "domain/AuthService.h"
#include "domain/KeyVerifier.h"

namespace keyward {

class Services;

// Who is calling: the key in x-api-key and the principal behind a bearer
// token, resolved through the domain. Each family turns the outcomes into
// its own envelope.
class AuthContext {
public:
    explicit AuthContext(const Services &services)
        : m_services(services)
    {}

    // The x-api-key header through the verification order; an empty header
    // is the caller's to report as missing.
    KeyVerifier::Check apiKey(const HttpRequest &request, const QString &permission = {}) const;
    Result<Actor, AuthService::Refusal> bearer(const HttpRequest &request) const;

private:
    const Services &m_services;
};

} // namespace keyward
