// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AuthContext.h"
#include "HttpResponse.h"

namespace keyward {

// The success-envelope API's "JWT Required" gate (seed 002): an x-api-key naming the tenant
// and a bearer token naming the caller, checked in the documents' order.
class SuccessEnvelopeGuard {
public:
    explicit SuccessEnvelopeGuard(const Services &services)
        : m_auth(services)
    {}

    struct Target {
        Actor actor;
        qint64 id = 0;
    };

    Result<Actor, HttpResponse> admit(const HttpRequest &request) const;
    // admit(), then the route's {id} as a positive integer.
    Result<Target, HttpResponse> admitWithId(const HttpRequest &request) const;
    const AuthContext &auth() const { return m_auth; }

private:
    AuthContext m_auth;
};

// Path parameter as a positive id, or nullopt.
std::optional<qint64> idFromPath(const QString &text);

} // namespace keyward
