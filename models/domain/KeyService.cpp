// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyService.h"

#include "crypto/Digest.h"
#include "crypto/KeyFormat.h"
#include "crypto/SecretBox.h"
#include "domain/AccessPolicy.h"
#include "domain/AuditLog.h"
#include "domain/ChangeDetail.h"
#include "domain/Clock.h"
#include "domain/KeyRules.h"
#include "domain/NetworkAllowList.h"
#include "domain/TokenService.h"
#include "domain/Transactional.h"

#include <QUuid>

namespace keyward {

namespace {

const QString tokenGenerate = QStringLiteral("token:generate");

QByteArray tenantKeyAssociatedData(const QByteArray &digest)
{
    return QByteArrayLiteral("keyward-tenant-key:") + digest;
}

DomainError tenantKeyConflict(qint64 tenantId)
{
    return DomainError::conflict(
        {QT_TRANSLATE_NOOP("Sentence",
                           "Tenant %1 already has an active tenant key; rotate it instead"),
         {QString::number(tenantId)}});
}

} // namespace

KeyService::KeyService(const Database &database, const Clock &clock, const SecretBox &masterBox,
                       const TokenService &tokens, const NetworkAllowList &networks,
                       const AuditLog &audit)
    : m_database(database)
    , m_keys(database)
    , m_tenants(database)
    , m_clock(clock)
    , m_masterBox(masterBox)
    , m_tokens(tokens)
    , m_networks(networks)
    , m_audit(audit)
{}

std::optional<DomainError> KeyService::validate(const NewKey &request) const
{
    return KeyRules::newKey(request, m_networks, m_clock.now());
}

Outcome<IssuedKey> KeyService::create(const Actor &actor, const NewKey &request) const
{
    return inWriteTransaction(m_database, [&] { return createInTransaction(actor, request); });
}

Outcome<IssuedKey> KeyService::createInTransaction(const Actor &actor, const NewKey &request) const
{
    if (auto error = validate(request))
        return *error;
    const qint64 tenantId = request.tenantId.value_or(actor.tenantId);
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Keys, AccessPolicy::Operation::Write,
                              tenantId))
        return DomainError::forbidden(
            {QT_TRANSLATE_NOOP("Sentence", "Cannot create keys for tenant %1"),
             {QString::number(tenantId)}});
    if (auto why = AccessPolicy::keyMayCreate(
            actor, request.kind,
            request.kind == ApiKeyKind::Tenant ? QStringList{tokenGenerate} : request.permissions))
        return DomainError::forbidden(*why);
    auto tenant = m_tenants.findById(tenantId);
    if (!tenant)
        return DomainError::unavailable(tenant.error());
    if (!tenant->has_value())
        return DomainError::notFound({QT_TRANSLATE_NOOP("Sentence", "No tenant found with ID %1"),
                                      {QString::number(tenantId)}});

    const QDateTime now = m_clock.now();
    ApiKey key;
    key.tenantId = tenantId;
    key.kind = request.kind;
    key.name = request.name.trimmed();
    key.description = request.description;
    key.permissions =
        request.kind == ApiKeyKind::Tenant ? QStringList{tokenGenerate} : request.permissions;
    key.permissions.removeDuplicates();
    key.allowedNetworks = m_networks.normalized(request.allowedNetworks);
    key.rateLimitPerMinute = request.rateLimitPerMinute;
    key.lifetimeSeconds = request.lifetimeSeconds;
    key.expiresAt =
        request.lifetimeSeconds ? now.addSecs(*request.lifetimeSeconds) : request.expiresAt;
    // A key JWT carries an expiry whatever happens: the row says the same.
    if (key.kind == ApiKeyKind::Jwt && !key.expiresAt.isValid())
        key.expiresAt = now.addSecs(maxKeyLifetimeSeconds);
    key.notBefore = request.notBefore;
    key.serviceId = request.serviceId;
    key.status = request.status;
    key.rotatedFromId = request.rotatedFromId;
    key.createdAt = now;
    key.updatedAt = now;

    QByteArray secret;
    if (request.kind == ApiKeyKind::Jwt) {
        key.jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
        key.displayPrefix = QStringLiteral("jwt_") + key.jti.left(8);
    } else {
        const KeyKind format = request.kind == ApiKeyKind::Tenant ? KeyKind::Tenant
                               : request.clientCredential         ? KeyKind::Client
                                                                  : KeyKind::Secret;
        secret = KeyFormat::generate(format);
        key.digest = Digest::sha256Hex(secret);
        key.displayPrefix = QString::fromLatin1(KeyFormat::displayPrefix(secret));
        if (request.kind == ApiKeyKind::Tenant)
            key.sealedValue =
                m_masterBox.seal(secret, tenantKeyAssociatedData(key.digest)).toBase64();
        if (request.clientCredential)
            key.publicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (key.kind == ApiKeyKind::Tenant && key.status == KeyStatus::Active) {
        // Checked first so the common case does not abort the transaction;
        // the partial unique index still settles a race.
        auto current = m_keys.findTenantKey(tenantId);
        if (!current)
            return DomainError::unavailable(current.error());
        if (current->has_value() && (*current)->status == KeyStatus::Active &&
            !(*current)->expiresAt.isValid())
            return tenantKeyConflict(tenantId);
    }
    auto id = m_keys.insert(key);
    if (!id) {
        if (id.error().kind == StoreError::Kind::UniqueViolation && key.kind == ApiKeyKind::Tenant)
            return tenantKeyConflict(tenantId);
        return DomainError::unavailable(id.error());
    }
    key.id = id.value();
    if (key.kind == ApiKeyKind::Jwt)
        secret = m_tokens.issueKeyJwt(key);
    auto audited = m_audit.record(actor, tenantId, QStringLiteral("apikey.create"),
                                  QStringLiteral("apikey:%1").arg(key.id), key.name);
    if (!audited)
        return DomainError::unavailable(audited.error());
    return IssuedKey{key, secret};
}

DomainError KeyService::noSuchKey(qint64 id)
{
    return DomainError::notFound(
        {QT_TRANSLATE_NOOP("Sentence", "No API key found with ID %1"), {QString::number(id)}});
}

Outcome<ApiKey> KeyService::findAccessible(const Actor &actor, qint64 id, bool forWrite) const
{
    auto found = m_keys.findById(id);
    if (!found)
        return DomainError::unavailable(found.error());
    if (!found->has_value() || (*found)->status == KeyStatus::Deleted)
        return noSuchKey(id);
    const auto operation =
        forWrite ? AccessPolicy::Operation::Write : AccessPolicy::Operation::Read;
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Keys, operation, (*found)->tenantId)) {
        DomainError refused =
            DomainError::forbidden(QT_TRANSLATE_NOOP("Sentence", "Cannot access this API key"));
        // Families that hide other tenants' rows answer this as not found.
        if (!actor.isSuperAdmin() && actor.tenantId != (*found)->tenantId)
            refused.field = QStringLiteral("tenant");
        return refused;
    }
    return **found;
}

Outcome<ApiKey> KeyService::get(const Actor &actor, qint64 id) const
{
    return findAccessible(actor, id, false);
}

Outcome<QHash<qint64, qint64>> KeyService::countPerTenant(const Actor &actor) const
{
    ApiKeyRepository::Filter stored;
    if (!actor.isSuperAdmin()) {
        if (!AccessPolicy::allows(actor, AccessPolicy::Area::Keys, AccessPolicy::Operation::Read,
                                  actor.tenantId))
            return QHash<qint64, qint64>();
        stored.tenantId = actor.tenantId;
    }
    auto counted = m_keys.countPerTenant(stored);
    if (!counted)
        return DomainError::unavailable(counted.error());
    return counted.value();
}

Outcome<Page<ApiKey>> KeyService::list(const Actor &actor, const ListFilter &filter,
                                       const PageRequest &page) const
{
    std::optional<qint64> tenantId = filter.tenantId;
    if (!tenantId && !actor.isSuperAdmin())
        tenantId = actor.tenantId;
    if (tenantId && !AccessPolicy::allows(actor, AccessPolicy::Area::Keys,
                                          AccessPolicy::Operation::Read, *tenantId))
        return DomainError::forbidden(
            {QT_TRANSLATE_NOOP("Sentence", "Cannot list keys of tenant %1"),
             {QString::number(*tenantId)}});
    ApiKeyRepository::Filter stored{
        tenantId,
        filter.kind,
        filter.clientCredentialsOnly,
        filter.includeDeleted,
        std::nullopt,
        filter.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)};
    if (filter.concern)
        stored.attention = KeyHygiene::attention(*filter.concern, m_clock.now(), filter.hygiene);
    KeySort sort = filter.sort;
    sort.at = m_clock.now();
    auto listed = m_keys.list(stored, page, sort);
    if (!listed)
        return DomainError::unavailable(listed.error());
    return listed.value();
}

Outcome<ApiKey> KeyService::save(const Actor &actor, const ApiKey &key, const QString &action,
                                 const QString &detail) const
{
    return inWriteTransaction(m_database, [&]() -> Outcome<ApiKey> {
        if (auto updated = m_keys.update(key); !updated) {
            if (updated.error().kind == StoreError::Kind::UniqueViolation)
                return DomainError::conflict(
                    {QT_TRANSLATE_NOOP("Sentence", "Tenant %1 already has an active tenant key"),
                     {QString::number(key.tenantId)}});
            return DomainError::unavailable(updated.error());
        }
        auto audited = m_audit.record(actor, key.tenantId, action,
                                      QStringLiteral("apikey:%1").arg(key.id), detail);
        if (!audited)
            return DomainError::unavailable(audited.error());
        return key;
    });
}

Outcome<ApiKey> KeyService::update(const Actor &actor, qint64 id, const KeyChanges &changes) const
{
    auto found = findAccessible(actor, id, true);
    if (!found)
        return found;
    ApiKey key = found.value();
    const QStringList *newPermissions =
        changes.permissions && key.kind != ApiKeyKind::Tenant ? &*changes.permissions : nullptr;
    if (auto why = AccessPolicy::keyMayChange(actor, key, newPermissions))
        return DomainError::forbidden(*why);
    if (changes.name) {
        if (auto error = KeyRules::name(*changes.name))
            return *error;
        key.name = changes.name->trimmed();
    }
    if (changes.description)
        key.description = *changes.description;
    if (changes.permissions && key.kind != ApiKeyKind::Tenant) {
        if (auto error = KeyRules::permissions(*changes.permissions))
            return *error;
        key.permissions = *changes.permissions;
        key.permissions.removeDuplicates();
    }
    if (changes.allowedNetworks) {
        if (auto error = KeyRules::networks(m_networks, *changes.allowedNetworks))
            return *error;
        key.allowedNetworks = m_networks.normalized(*changes.allowedNetworks);
    }
    if (changes.rateLimitPerMinute) {
        if (auto error = KeyRules::rateLimit(*changes.rateLimitPerMinute))
            return *error;
        key.rateLimitPerMinute = *changes.rateLimitPerMinute;
    }
    if (changes.expiresAt) {
        if (auto error = KeyRules::expiry(*changes.expiresAt, m_clock.now()))
            return *error;
        key.expiresAt = *changes.expiresAt;
    }
    if (changes.status) {
        if (*changes.status == KeyStatus::Deleted)
            return remove(actor, id);
        key.status = *changes.status;
    }
    key.updatedAt = m_clock.now();
    return save(actor, key, QStringLiteral("apikey.update"), ChangeDetail::of(found.value(), key));
}

Outcome<ApiKey> KeyService::remove(const Actor &actor, qint64 id) const
{
    auto found = findAccessible(actor, id, true);
    if (!found)
        return found;
    if (auto why = AccessPolicy::keyMayChange(actor, found.value()))
        return DomainError::forbidden(*why);
    ApiKey key = found.value();
    key.status = KeyStatus::Deleted;
    key.updatedAt = m_clock.now();
    return save(actor, key, QStringLiteral("apikey.delete"));
}

Outcome<IssuedKey> KeyService::rotate(const Actor &actor, qint64 id, qint64 graceSeconds) const
{
    if (graceSeconds < 0 || graceSeconds > maxGraceSeconds)
        return DomainError::invalid(
            QStringLiteral("gracePeriod"),
            {QT_TRANSLATE_NOOP("Sentence", "gracePeriod must be between 0 and %1 seconds (1 year)"),
             {QString::number(maxGraceSeconds)}});
    auto found = findAccessible(actor, id, true);
    if (!found)
        return found.error();
    if (auto why = AccessPolicy::keyMayChange(actor, found.value()))
        return DomainError::forbidden(*why);
    ApiKey old = found.value();
    const QDateTime now = m_clock.now();
    return inWriteTransaction(m_database, [&]() -> Outcome<IssuedKey> {
        // The old key stays ACTIVE until the end of its grace period, then
        // fails as expired; having an expiry also takes a tenant key out of
        // the "one current tenant key" slot, so the replacement fits. No
        // grace: disabled at once.
        ApiKey retiring = old;
        retiring.expiresAt = now.addSecs(graceSeconds);
        if (old.expiresAt.isValid() && old.expiresAt < retiring.expiresAt)
            retiring.expiresAt = old.expiresAt;
        if (graceSeconds == 0)
            retiring.status = KeyStatus::Disabled;
        retiring.updatedAt = now;
        if (auto updated = m_keys.update(retiring); !updated)
            return DomainError::unavailable(updated.error());
        NewKey replacement{old.tenantId,
                           old.kind,
                           !old.publicId.isEmpty(),
                           old.name,
                           old.description,
                           old.permissions,
                           old.allowedNetworks,
                           old.rateLimitPerMinute,
                           old.lifetimeSeconds,
                           {},
                           old.notBefore,
                           old.serviceId,
                           KeyStatus::Active,
                           old.id};
        if (old.kind != ApiKeyKind::Tenant && !old.lifetimeSeconds && old.expiresAt.isValid() &&
            old.expiresAt > now)
            replacement.expiresAt = old.expiresAt;
        auto issued = createInTransaction(actor, replacement);
        if (!issued)
            return issued;
        auto audited = m_audit.record(actor, old.tenantId, QStringLiteral("apikey.rotate"),
                                      QStringLiteral("apikey:%1").arg(old.id),
                                      QStringLiteral("replaced by apikey:%1").arg(issued->key.id));
        if (!audited)
            return DomainError::unavailable(audited.error());
        return issued;
    });
}

std::optional<QByteArray> KeyService::publishedValue(const ApiKey &tenantKey) const
{
    if (tenantKey.sealedValue.isEmpty())
        return std::nullopt;
    return m_masterBox.open(QByteArray::fromBase64(tenantKey.sealedValue),
                            tenantKeyAssociatedData(tenantKey.digest));
}

} // namespace keyward
