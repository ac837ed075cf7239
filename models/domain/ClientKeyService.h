// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "domain/KeyRequests.h"
#include "entities/ServiceIdentity.h"
#include "store/ServiceIdentityRepository.h"

namespace keyward {

class AuditLog;
class Clock;
class KeyService;
class TokenService;

// The status-envelope API's two-step key issue (seed 003): a caller registers a service and
// gets a short-lived service_id JWT; presenting it yields a UUID credential
// linked to that service.
class ClientKeyService {
public:
    struct Registered {
        ServiceIdentity service;
        QByteArray serviceId; // the JWT
    };

    ClientKeyService(const Database &database, const Clock &clock, const TokenService &tokens,
                     const KeyService &keys, const AuditLog &audit);

    Outcome<Registered> registerService(const Actor &actor, const QString &name) const;
    // NotFound when the service id is forged, expired or names no service of
    // the caller's tenant; Forbidden when the caller may not create keys.
    Outcome<IssuedKey> issueKey(const Actor &actor, QByteArrayView serviceId) const;
    // The key behind a public keyId; another tenant's key is NotFound.
    Outcome<ApiKey> findByPublicId(const Actor &actor, const QString &keyId) const;

private:
    const Database &m_database;
    ServiceIdentityRepository m_services;
    const Clock &m_clock;
    const TokenService &m_tokens;
    const KeyService &m_keys;
    const AuditLog &m_audit;
};

} // namespace keyward
