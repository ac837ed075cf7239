// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/SigningKeyService.h"

#include "domain/AuditLog.h"
#include "domain/Clock.h"
#include "domain/SigningKeyRing.h"
#include "domain/Transactional.h"

namespace keyward {

namespace {

std::optional<DomainError> refuseUnlessOperator(const Actor &actor)
{
    if (!actor.isSuperAdmin())
        return DomainError::forbidden(
            QT_TRANSLATE_NOOP("Sentence", "Only a SuperAdmin can manage signing keys"));
    return std::nullopt;
}

} // namespace

SigningKeyService::SigningKeyService(const Database &database, const Clock &clock,
                                     const SecretBox &masterBox, SigningKeyRing &ring,
                                     const AuditLog &audit)
    : m_database(database)
    , m_clock(clock)
    , m_masterBox(masterBox)
    , m_ring(ring)
    , m_audit(audit)
    , m_keys(database)
    , m_apiKeys(database)
{}

Outcome<QList<StoredSigningKey>> SigningKeyService::list(const Actor &actor) const
{
    if (auto refused = refuseUnlessOperator(actor))
        return *refused;
    auto keys = m_keys.all();
    if (!keys)
        return DomainError::unavailable(keys.error());
    return keys.value();
}

Outcome<SigningKeyService::Rotation>
SigningKeyService::rotate(const Actor &actor, std::optional<JwtAlgorithm> algorithm) const
{
    if (auto refused = refuseUnlessOperator(actor))
        return *refused;
    const JwtAlgorithm next = algorithm.value_or(m_ring.algorithm());
    auto rotated = inWriteTransaction(m_database, [&]() -> Outcome<Rotation> {
        auto current = m_keys.usable();
        if (!current)
            return DomainError::unavailable(current.error());
        Rotation rotation;
        if (!current->isEmpty() && current->first().status == QLatin1String("active"))
            rotation.retiringKid = current->first().kid;
        if (auto demoted = m_keys.demoteActive(); !demoted)
            return DomainError::unavailable(demoted.error());
        const StoredSigningKey fresh =
            SigningKeyRing::generateActive(next, m_masterBox, m_clock.now());
        if (auto inserted = m_keys.insert(fresh); !inserted)
            return DomainError::unavailable(inserted.error());
        rotation.activeKid = fresh.kid;
        auto audited = m_audit.record(actor, std::nullopt, QStringLiteral("signing_key.rotate"),
                                      QStringLiteral("signing_key:%1").arg(fresh.kid),
                                      rotation.retiringKid.isEmpty()
                                          ? jwtAlgorithmName(next)
                                          : QStringLiteral("%1, retiring %2")
                                                .arg(jwtAlgorithmName(next), rotation.retiringKid));
        if (!audited)
            return DomainError::unavailable(audited.error());
        return rotation;
    });
    if (rotated)
        m_ring.reload(); // this process signs with the new key at once
    return rotated;
}

Outcome<qint64> SigningKeyService::strandedJwtKeys() const
{
    auto keys = m_keys.usable();
    if (!keys)
        return DomainError::unavailable(keys.error());
    if (keys->isEmpty())
        return qint64(0);
    auto count = m_apiKeys.countLiveJwtKeysCreatedBefore(keys->first().createdAt, m_clock.now());
    if (!count)
        return DomainError::unavailable(count.error());
    return count.value();
}

Outcome<SigningKeyService::Retirement>
SigningKeyService::retire(const Actor &actor, const QString &kid, bool force) const
{
    if (auto refused = refuseUnlessOperator(actor))
        return *refused;
    auto retired = inWriteTransaction(m_database, [&]() -> Outcome<Retirement> {
        auto stored = m_keys.all();
        if (!stored)
            return DomainError::unavailable(stored.error());
        Retirement retirement;
        for (const StoredSigningKey &key : *stored) {
            if (key.status == QLatin1String("retiring") && (kid.isEmpty() || key.kid == kid))
                retirement.kids.append(key.kid);
        }
        if (retirement.kids.isEmpty())
            return kid.isEmpty()
                       ? DomainError::notFound(
                             QT_TRANSLATE_NOOP("Sentence", "No retiring signing key"))
                       : DomainError::notFound(
                             {QT_TRANSLATE_NOOP("Sentence", "No retiring signing key %1"), {kid}});
        auto stranded = strandedJwtKeys();
        if (!stranded)
            return stranded.error();
        retirement.strandedJwtKeys = *stranded;
        if (*stranded > 0 && !force)
            return DomainError::conflict(
                {QT_TRANSLATE_NOOP(
                     "Sentence", "%1 the v1 API key(s) hold a JWT signed before the last rotation, "
                                 "which stops working when its signing key is retired; rotate "
                                 "those keys first, or force the retirement"),
                 {QString::number(*stranded)}});
        if (auto changed = m_keys.retire(kid, m_clock.now()); !changed)
            return DomainError::unavailable(changed.error());
        for (const QString &retiredKid : retirement.kids) {
            auto audited = m_audit.record(actor, std::nullopt, QStringLiteral("signing_key.retire"),
                                          QStringLiteral("signing_key:%1").arg(retiredKid));
            if (!audited)
                return DomainError::unavailable(audited.error());
        }
        return retirement;
    });
    if (retired)
        m_ring.reload();
    return retired;
}

} // namespace keyward
