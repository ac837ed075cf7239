#include "domain/SigningKeyRing.h"

#include "crypto/Jwks.h"
#include "domain/Clock.h"
#include "store/SigningKeyRepository.h"

namespace keyward {

namespace {

// Binds each sealed key to its kid, so a row's ciphertext cannot be swapped
// into another row.
QByteArray associatedData(const QString &kid)
{
    return QByteArrayLiteral("keyward-signing-key:") + kid.toUtf8();
}

Result<QList<SigningKey>, QString> unseal(const QList<StoredSigningKey> &stored,
                                          const SecretBox &masterBox, JwtAlgorithm algorithm)
{
    QList<SigningKey> keys;
    for (const StoredSigningKey &row : stored) {
        const auto privateBytes =
            masterBox.open(QByteArray::fromBase64(row.sealedPrivateKey), associatedData(row.kid));
        if (!privateBytes)
            return QStringLiteral("signing key %1 cannot be unsealed: wrong master key?")
                .arg(row.kid);
        auto key = SigningKey::fromPrivateBytes(algorithm, row.kid, *privateBytes);
        if (!key)
            return QStringLiteral("signing key %1 is damaged").arg(row.kid);
        keys.append(*key);
    }
    return keys;
}

} // namespace

SigningKeyRing::SigningKeyRing(JwtAlgorithm algorithm, QList<SigningKey> keys)
    : m_algorithm(algorithm)
    , m_keys(std::move(keys))
{}

Result<SigningKeyRing, QString> SigningKeyRing::load(const Database &database,
                                                     const SecretBox &masterBox,
                                                     JwtAlgorithm algorithm, const Clock &clock)
{
    const SigningKeyRepository repository(database);
    const QString name = jwtAlgorithmName(algorithm);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto stored = repository.usable(name);
        if (!stored)
            return QStringLiteral("cannot read signing keys: %1").arg(stored.error().detail);
        if (!stored->isEmpty() && stored->first().status == QLatin1String("active")) {
            auto keys = unseal(*stored, masterBox, algorithm);
            if (!keys)
                return keys.error();
            return SigningKeyRing(algorithm, std::move(keys.value()));
        }
        const SigningKey fresh = SigningKey::generate(algorithm);
        const QByteArray sealed =
            masterBox.seal(fresh.privateBytes(), associatedData(fresh.kid())).toBase64();
        auto inserted = repository.insert(
            {0, fresh.kid(), name, sealed, QStringLiteral("active"), clock.now(), {}});
        // Losing the race to another instance is fine: read the winner's key.
        if (!inserted && inserted.error().kind != StoreError::Kind::UniqueViolation)
            return QStringLiteral("cannot store a signing key: %1").arg(inserted.error().detail);
    }
    return QStringLiteral("no active %1 signing key could be created").arg(name);
}

QJsonObject SigningKeyRing::jwks() const
{
    return Jwks::publish(m_keys);
}

} // namespace keyward
