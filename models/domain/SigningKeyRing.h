#pragma once

#include "Result.h"
#include "crypto/JwtAlgorithm.h"
#include "crypto/SecretBox.h"
#include "crypto/SigningKey.h"

#include <QJsonObject>
#include <QList>

namespace keyward {

class Clock;
class Database;

// The JWT signing keys of the configured algorithm, unsealed from the store:
// the active one signs, the active and retiring ones verify. The first start
// generates and stores the active key (racing instances agree on one).
class SigningKeyRing {
public:
    static Result<SigningKeyRing, QString> load(const Database &database,
                                                const SecretBox &masterBox, JwtAlgorithm algorithm,
                                                const Clock &clock);

    JwtAlgorithm algorithm() const { return m_algorithm; }
    const SigningKey &active() const { return m_keys.first(); }
    const QList<SigningKey> &verificationKeys() const { return m_keys; }
    QJsonObject jwks() const;

private:
    SigningKeyRing(JwtAlgorithm algorithm, QList<SigningKey> keys);

    JwtAlgorithm m_algorithm;
    QList<SigningKey> m_keys;
};

} // namespace keyward
