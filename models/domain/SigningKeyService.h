// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/JwtAlgorithm.h"
#include "domain/Actor.h"
#include "domain/DomainError.h"
#include "store/ApiKeyRepository.h"
#include "store/SigningKeyRepository.h"

#include <optional>

namespace keyward {

class AuditLog;
class Clock;
class SecretBox;
class SigningKeyRing;

// Rotation of the JWT signing keys, for the operator: a new active key signs
// from now on while the previous one, now retiring, still verifies what it
// signed; retiring it for good ends those tokens. Every instance sharing the
// store follows through its ring's reload.
class SigningKeyService {
public:
    struct Rotation {
        QString activeKid;
        QString retiringKid; // empty when there was no active key
    };
    struct Retirement {
        QStringList kids;
        // The v1 API keys whose JWT (signed at their creation) predates the
        // active key: retiring made them unusable unless they were rotated.
        qint64 strandedJwtKeys = 0;
    };

    SigningKeyService(const Database &database, const Clock &clock, const SecretBox &masterBox,
                      SigningKeyRing &ring, const AuditLog &audit);

    Outcome<QList<StoredSigningKey>> list(const Actor &actor) const;
    // The new key is of `algorithm`, else of the store's: rotating to
    // another algorithm moves the store to it (tokens of the old one keep
    // verifying until its key retires).
    Outcome<Rotation> rotate(const Actor &actor,
                             std::optional<JwtAlgorithm> algorithm = std::nullopt) const;
    // Retires the retiring key named by kid, or every retiring key when kid
    // is empty. Refused (Conflict) while the v1 API keys still hold a JWT
    // signed before the active key, unless `force`.
    Outcome<Retirement> retire(const Actor &actor, const QString &kid, bool force) const;

private:
    Outcome<qint64> strandedJwtKeys() const;

    const Database &m_database;
    const Clock &m_clock;
    const SecretBox &m_masterBox;
    SigningKeyRing &m_ring;
    const AuditLog &m_audit;
    SigningKeyRepository m_keys;
    ApiKeyRepository m_apiKeys;
};

} // namespace keyward
