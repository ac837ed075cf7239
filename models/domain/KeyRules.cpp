// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyRules.h"

#include "domain/NetworkAllowList.h"

#include <QRegularExpression>

namespace keyward {

namespace {

constexpr int maxNameLength = 200;
constexpr int maxDescriptionLength = 2000;

} // namespace

std::optional<DomainError> KeyRules::name(const QString &label)
{
    if (label.trimmed().isEmpty())
        return DomainError::invalid(QStringLiteral("name"),
                                    QT_TRANSLATE_NOOP("Sentence", "name must not be blank"));
    if (label.size() > maxNameLength)
        return DomainError::invalid(
            QStringLiteral("name"),
            {QT_TRANSLATE_NOOP("Sentence", "name is longer than %1 characters"),
             {QString::number(maxNameLength)}});
    return std::nullopt;
}

std::optional<DomainError> KeyRules::permissions(const QStringList &wanted)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_.:-]{0,63}$"));
    for (const QString &permission : wanted) {
        if (!shape.match(permission).hasMatch())
            return DomainError::invalid(
                QStringLiteral("permissions"),
                {QT_TRANSLATE_NOOP("Sentence", "invalid permission: %1"), {permission}});
    }
    return std::nullopt;
}

std::optional<DomainError> KeyRules::networks(const NetworkAllowList &allowList,
                                              const QString &text)
{
    if (const auto bad = allowList.invalidEntry(text))
        return DomainError::invalid(
            QStringLiteral("allowedIp"),
            {QT_TRANSLATE_NOOP("Sentence", "not an IP address or CIDR range: %1"), {*bad}});
    return std::nullopt;
}

std::optional<DomainError> KeyRules::expiry(const QDateTime &expiresAt, const QDateTime &now)
{
    if (expiresAt.isValid() && expiresAt > now.addSecs(maxKeyLifetimeSeconds))
        return DomainError::invalid(
            QStringLiteral("expiresAt"),
            QT_TRANSLATE_NOOP("Sentence", "expiresAt must be within 100 years"));
    return std::nullopt;
}

std::optional<DomainError> KeyRules::rateLimit(const std::optional<qint64> &perMinute)
{
    if (perMinute && *perMinute <= 0)
        return DomainError::invalid(
            QStringLiteral("rateLimit"),
            QT_TRANSLATE_NOOP("Sentence",
                              "rateLimit must be a positive number of requests per minute"));
    return std::nullopt;
}

std::optional<DomainError> KeyRules::newKey(const NewKey &request,
                                            const NetworkAllowList &allowList, const QDateTime &now)
{
    if (auto error = name(request.name))
        return error;
    if (request.description.size() > maxDescriptionLength)
        return DomainError::invalid(QStringLiteral("description"),
                                    QT_TRANSLATE_NOOP("Sentence", "description is too long"));
    if (auto error = permissions(request.permissions))
        return error;
    if (auto error = networks(allowList, request.allowedNetworks))
        return error;
    if (auto error = rateLimit(request.rateLimitPerMinute))
        return error;
    if (request.lifetimeSeconds && *request.lifetimeSeconds <= 0)
        return DomainError::invalid(
            QStringLiteral("lifetime"),
            QT_TRANSLATE_NOOP("Sentence", "lifetime must be a positive number of seconds"));
    if (request.lifetimeSeconds && *request.lifetimeSeconds > maxKeyLifetimeSeconds)
        return DomainError::invalid(
            QStringLiteral("lifetime"),
            {QT_TRANSLATE_NOOP("Sentence", "lifetime must be at most %1 seconds (100 years)"),
             {QString::number(maxKeyLifetimeSeconds)}});
    if (request.lifetimeSeconds && request.expiresAt.isValid())
        return DomainError::invalid(
            QStringLiteral("expiresAt"),
            QT_TRANSLATE_NOOP("Sentence", "give either lifetime or expiresAt, not both"));
    if (request.kind == ApiKeyKind::Tenant &&
        (request.lifetimeSeconds || request.expiresAt.isValid()))
        return DomainError::invalid(
            QStringLiteral("lifetime"),
            QT_TRANSLATE_NOOP("Sentence", "tenant keys do not expire; rotate them instead"));
    if (request.expiresAt.isValid() && request.expiresAt <= now)
        return DomainError::invalid(
            QStringLiteral("expiresAt"),
            QT_TRANSLATE_NOOP("Sentence", "expiresAt must be in the future"));
    if (auto error = expiry(request.expiresAt, now))
        return error;
    return std::nullopt;
}

} // namespace keyward
