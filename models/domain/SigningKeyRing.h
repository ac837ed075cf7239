// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "crypto/JwtAlgorithm.h"
#include "crypto/JwtSigner.h"
#include "crypto/JwtVerifier.h"
#include "crypto/SecretBox.h"
#include "crypto/SigningKey.h"
#include "store/SigningKeyRepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <memory>
#include <optional>

namespace keyward {

class Clock;
class Database;

// The JWT signing keys of the store, unsealed: the active one signs, the
// active and retiring ones verify, each the tokens of its own algorithm (a
// store that moved to another algorithm verifies both until the old keys
// retire). Other instances
// (or the CLI) may rotate them in the shared store; reload() picks that up,
// and requests keep the snapshot they started with. Thread-safe.
class SigningKeyRing {
public:
    struct Snapshot {
        QList<SigningKey> keys; // active first
        JwtSigner signer;
        JwtVerifier verifier;
        QJsonObject jwks;
        QStringList kids;
    };

    // `algorithm`: of the first key, made when the store has no active one.
    SigningKeyRing(const Database &database, const SecretBox &masterBox, JwtAlgorithm algorithm,
                   const Clock &clock);

    // At start: loads the keys, generating and storing the first active key
    // when there is none (racing instances agree on one).
    Result<Ok, QString> open();
    // Re-reads the store; true when the usable keys changed. On failure the
    // keys in use stay.
    Result<bool, QString> reload();
    // A token named a kid this ring does not hold: perhaps another instance
    // rotated a moment ago. Re-reads at most once a second, so forged kids
    // cannot turn into a query each; true when the keys changed.
    bool reloadForUnknownKid();

    // The algorithm the store signs with: its active key's (the first made
    // active, should there be two); nullopt for a store without keys.
    static Result<std::optional<JwtAlgorithm>, QString> storeAlgorithm(const Database &database);

    // A fresh key of `algorithm`, sealed under the master key and bound to
    // its kid, as the row that makes it the active one.
    static StoredSigningKey generateActive(JwtAlgorithm algorithm, const SecretBox &masterBox,
                                           const QDateTime &now);

    // What the active key signs with.
    JwtAlgorithm algorithm() const;
    std::shared_ptr<const Snapshot> snapshot() const;
    QJsonObject jwks() const { return snapshot()->jwks; }

private:
    Result<QList<StoredSigningKey>, QString> readUsable() const;
    Result<bool, QString> adopt(const QList<StoredSigningKey> &stored);

    const Database &m_database;
    const SecretBox &m_masterBox;
    const JwtAlgorithm m_firstAlgorithm;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    QElapsedTimer m_sinceUnknownKidReload;
};

} // namespace keyward
