// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
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
                                          const SecretBox &masterBox)
{
    QList<SigningKey> keys;
    for (const StoredSigningKey &row : stored) {
        const auto privateBytes =
            masterBox.open(QByteArray::fromBase64(row.sealedPrivateKey), associatedData(row.kid));
        if (!privateBytes)
            return QStringLiteral("signing key %1 cannot be unsealed: wrong master key?")
                .arg(row.kid);
        const auto algorithm = jwtAlgorithmFromName(row.algorithm);
        if (!algorithm)
            return QStringLiteral("signing key %1 has an unknown algorithm %2")
                .arg(row.kid, row.algorithm);
        auto key = SigningKey::fromPrivateBytes(*algorithm, row.kid, *privateBytes);
        if (!key)
            return QStringLiteral("signing key %1 is damaged").arg(row.kid);
        keys.append(*key);
    }
    return keys;
}

bool hasActiveKey(const QList<StoredSigningKey> &stored)
{
    return !stored.isEmpty() && stored.first().status == QLatin1String("active");
}

} // namespace

SigningKeyRing::SigningKeyRing(const Database &database, const SecretBox &masterBox,
                               JwtAlgorithm algorithm, const Clock &clock)
    : m_database(database)
    , m_masterBox(masterBox)
    , m_firstAlgorithm(algorithm)
    , m_clock(clock)
{}

Result<std::optional<JwtAlgorithm>, QString>
SigningKeyRing::storeAlgorithm(const Database &database)
{
    // The key that signs: usable() puts it first (the oldest active one,
    // should a store have two, as the command line once made them).
    auto stored = SigningKeyRepository(database).usable();
    if (!stored)
        return QStringLiteral("cannot read signing keys: %1").arg(stored.error().detail);
    if (!hasActiveKey(*stored))
        return std::optional<JwtAlgorithm>();
    const QString name = stored->first().algorithm;
    const auto algorithm = jwtAlgorithmFromName(name);
    if (!algorithm)
        return QStringLiteral("the store's signing key has an unknown algorithm %1").arg(name);
    return algorithm;
}

Result<QList<StoredSigningKey>, QString> SigningKeyRing::readUsable() const
{
    auto stored = SigningKeyRepository(m_database).usable();
    if (!stored)
        return QStringLiteral("cannot read signing keys: %1").arg(stored.error().detail);
    return stored.value();
}

Result<bool, QString> SigningKeyRing::adopt(const QList<StoredSigningKey> &stored)
{
    QStringList kids;
    for (const StoredSigningKey &row : stored)
        kids.append(row.kid);
    {
        QMutexLocker lock(&m_mutex);
        if (m_snapshot && m_snapshot->kids == kids)
            return false;
    }
    auto keys = unseal(stored, m_masterBox);
    if (!keys)
        return keys.error();
    auto fresh = std::make_shared<const Snapshot>(
        Snapshot{*keys, JwtSigner(keys->first()), JwtVerifier(*keys), Jwks::publish(*keys), kids});
    QMutexLocker lock(&m_mutex);
    m_snapshot = std::move(fresh);
    return true;
}

Result<Ok, QString> SigningKeyRing::open()
{
    const SigningKeyRepository repository(m_database);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto stored = readUsable();
        if (!stored)
            return stored.error();
        if (hasActiveKey(*stored)) {
            auto adopted = adopt(*stored);
            if (!adopted)
                return adopted.error();
            return Ok{};
        }
        auto inserted =
            repository.insert(generateActive(m_firstAlgorithm, m_masterBox, m_clock.now()));
        // Losing the race to another instance is fine: read the winner's key.
        if (!inserted && inserted.error().kind != StoreError::Kind::UniqueViolation)
            return QStringLiteral("cannot store a signing key: %1").arg(inserted.error().detail);
    }
    return QStringLiteral("no active %1 signing key could be created")
        .arg(jwtAlgorithmName(m_firstAlgorithm));
}

Result<bool, QString> SigningKeyRing::reload()
{
    auto stored = readUsable();
    if (!stored)
        return stored.error();
    if (!hasActiveKey(*stored))
        return QStringLiteral("no active signing key in the store");
    return adopt(*stored);
}

bool SigningKeyRing::reloadForUnknownKid()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_sinceUnknownKidReload.isValid() && m_sinceUnknownKidReload.elapsed() < 1000)
            return false;
        m_sinceUnknownKidReload.start();
    }
    const auto changed = reload();
    return changed && *changed;
}

JwtAlgorithm SigningKeyRing::algorithm() const
{
    const auto current = snapshot();
    return current ? current->keys.first().algorithm() : m_firstAlgorithm;
}

std::shared_ptr<const SigningKeyRing::Snapshot> SigningKeyRing::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

StoredSigningKey SigningKeyRing::generateActive(JwtAlgorithm algorithm, const SecretBox &masterBox,
                                                const QDateTime &now)
{
    const SigningKey fresh = SigningKey::generate(algorithm);
    const QByteArray sealed =
        masterBox.seal(fresh.privateBytes(), associatedData(fresh.kid())).toBase64();
    return {0, fresh.kid(), jwtAlgorithmName(algorithm), sealed, QStringLiteral("active"), now, {}};
}

} // namespace keyward
