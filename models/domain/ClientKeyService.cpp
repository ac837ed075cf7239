// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/ClientKeyService.h"

#include "domain/AccessPolicy.h"
#include "domain/AuditLog.h"
#include "domain/Clock.h"
#include "domain/KeyService.h"
#include "domain/TokenService.h"
#include "domain/Transactional.h"
#include "store/ApiKeyRepository.h"

#include <QJsonObject>
#include <QUuid>

namespace keyward {

namespace {
const Sentence invalidServiceId = QT_TRANSLATE_NOOP("Sentence", "Service ID expired or invalid");
} // namespace

ClientKeyService::ClientKeyService(const Database &database, const Clock &clock,
                                   const TokenService &tokens, const KeyService &keys,
                                   const AuditLog &audit)
    : m_database(database)
    , m_services(database)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_keys(keys)
    , m_audit(audit)
{}

Outcome<ClientKeyService::Registered> ClientKeyService::registerService(const Actor &actor,
                                                                        const QString &name) const
{
    if (name.trimmed().isEmpty())
        return DomainError::invalid(QStringLiteral("name"),
                                    QT_TRANSLATE_NOOP("Sentence", "Service name is required"));
    if (name.size() > 200)
        return DomainError::invalid(
            QStringLiteral("name"),
            QT_TRANSLATE_NOOP("Sentence", "Service name is longer than 200 characters"));
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Keys, AccessPolicy::Operation::Write,
                              actor.tenantId))
        return DomainError::forbidden(QT_TRANSLATE_NOOP("Sentence", "Cannot register services"));
    const QDateTime now = m_clock.now();
    ServiceIdentity service{0,
                            actor.tenantId,
                            QUuid::createUuid().toString(QUuid::WithoutBraces),
                            name.trimmed(),
                            actor.kind == Actor::Kind::User ? std::optional<qint64>(actor.id)
                                                            : std::nullopt,
                            now,
                            now.addSecs(m_tokens.settings().serviceIdSeconds)};
    return inWriteTransaction(m_database, [&]() -> Outcome<Registered> {
        auto id = m_services.insert(service);
        if (!id)
            return DomainError::unavailable(id.error());
        service.id = *id;
        auto audited = m_audit.record(actor, service.tenantId, QStringLiteral("service.create"),
                                      QStringLiteral("service:%1").arg(service.id), service.name);
        if (!audited)
            return DomainError::unavailable(audited.error());
        return Registered{service, m_tokens.issueServiceId(service.uuid)};
    });
}

Outcome<IssuedKey> ClientKeyService::issueKey(const Actor &actor, QByteArrayView serviceId) const
{
    auto claims = m_tokens.verify(serviceId);
    if (!claims)
        return DomainError::notFound(invalidServiceId);
    auto service = m_services.findByUuid(claims->value(QStringLiteral("serviceId")).toString());
    if (!service)
        return DomainError::unavailable(service.error());
    if (!service->has_value() || (*service)->expiresAt <= m_clock.now() ||
        (!actor.isSuperAdmin() && (*service)->tenantId != actor.tenantId))
        return DomainError::notFound(invalidServiceId);
    NewKey request;
    request.tenantId = (*service)->tenantId;
    request.clientCredential = true;
    request.name = (*service)->name;
    request.permissions = {QStringLiteral("token:generate")};
    request.serviceId = (*service)->id;
    return m_keys.create(actor, request);
}

Outcome<ApiKey> ClientKeyService::findByPublicId(const Actor &actor, const QString &keyId) const
{
    auto found = ApiKeyRepository(m_database).findByPublicId(keyId);
    if (!found)
        return DomainError::unavailable(found.error());
    if (!found->has_value() || (*found)->status == KeyStatus::Deleted ||
        (!actor.isSuperAdmin() && (*found)->tenantId != actor.tenantId))
        return DomainError::notFound(
            {QT_TRANSLATE_NOOP("Sentence", "No API key found with ID %1"), {keyId}});
    return **found;
}

} // namespace keyward
