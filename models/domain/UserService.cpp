// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/UserService.h"

#include "crypto/PasswordHasher.h"
#include "domain/AccessPolicy.h"
#include "domain/AuditLog.h"
#include "domain/ChangeDetail.h"
#include "domain/Clock.h"
#include "domain/Transactional.h"

#include <QRegularExpression>

namespace keyward {

namespace {

constexpr int minPasswordLength = 8;
constexpr int maxPasswordLength = 1024;

} // namespace

std::optional<DomainError> UserService::checkEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !shape.match(email).hasMatch())
        return DomainError::invalid(QStringLiteral("email"),
                                    QT_TRANSLATE_NOOP("Sentence", "email is not a valid address"));
    return std::nullopt;
}

std::optional<DomainError> UserService::checkPassword(const QString &password)
{
    if (password.size() < minPasswordLength || password.size() > maxPasswordLength)
        return DomainError::invalid(
            QStringLiteral("password"),
            {QT_TRANSLATE_NOOP("Sentence", "password must have %1 to %2 characters"),
             {QString::number(minPasswordLength), QString::number(maxPasswordLength)}});
    return std::nullopt;
}

namespace {

DomainError storeErrorFor(const StoreError &error)
{
    if (error.kind == StoreError::Kind::UniqueViolation)
        return DomainError::conflict(
            QT_TRANSLATE_NOOP("Sentence", "A user with this email already exists"));
    return DomainError::unavailable(error);
}

} // namespace

UserService::UserService(const Database &database, const Clock &clock, const AuditLog &audit)
    : m_database(database)
    , m_users(database)
    , m_tenants(database)
    , m_clock(clock)
    , m_audit(audit)
{}

std::optional<DomainError> UserService::checkRoleGrant(const Actor &actor, Role role) const
{
    if (role == Role::SuperAdmin && !actor.isSuperAdmin())
        return DomainError::forbidden(
            QT_TRANSLATE_NOOP("Sentence", "Only a SuperAdmin can grant SuperAdmin"));
    return std::nullopt;
}

Outcome<User> UserService::create(const Actor &actor, const NewUser &request) const
{
    return inWriteTransaction(m_database, [&] { return createInTransaction(actor, request); });
}

Outcome<User> UserService::createInTransaction(const Actor &actor, const NewUser &request) const
{
    const qint64 tenantId = request.tenantId.value_or(actor.tenantId);
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Users, AccessPolicy::Operation::Write,
                              tenantId))
        return DomainError::forbidden(
            {QT_TRANSLATE_NOOP("Sentence", "Cannot create users in tenant %1"),
             {QString::number(tenantId)}});
    if (auto error = checkEmail(request.email))
        return *error;
    if (auto error = checkPassword(request.password))
        return *error;
    if (auto error = checkRoleGrant(actor, request.role))
        return *error;
    auto tenant = m_tenants.findById(tenantId);
    if (!tenant)
        return DomainError::unavailable(tenant.error());
    if (!tenant->has_value())
        return DomainError::notFound({QT_TRANSLATE_NOOP("Sentence", "No tenant found with ID %1"),
                                      {QString::number(tenantId)}});
    const QDateTime now = m_clock.now();
    User user{0,
              tenantId,
              request.email.trimmed(),
              PasswordHasher::hash(request.password),
              request.role,
              true,
              now,
              now};
    // Checked first so the common case does not abort the transaction; the
    // unique index still settles a race.
    auto existing = m_users.findByEmail(user.email);
    if (!existing)
        return DomainError::unavailable(existing.error());
    if (existing->has_value())
        return storeErrorFor({StoreError::Kind::UniqueViolation, {}});
    auto id = m_users.insert(user);
    if (!id)
        return storeErrorFor(id.error());
    user.id = id.value();
    auto audited = m_audit.record(actor, tenantId, QStringLiteral("user.create"),
                                  QStringLiteral("user:%1").arg(user.id), roleName(user.role));
    if (!audited)
        return DomainError::unavailable(audited.error());
    return user;
}

Outcome<User> UserService::get(const Actor &actor, qint64 id) const
{
    auto found = m_users.findById(id);
    if (!found)
        return DomainError::unavailable(found.error());
    if (!found->has_value())
        return DomainError::notFound(
            {QT_TRANSLATE_NOOP("Sentence", "No user found with ID %1"), {QString::number(id)}});
    const bool self = actor.kind == Actor::Kind::User && actor.id == id;
    if (!self && !AccessPolicy::allows(actor, AccessPolicy::Area::Users,
                                       AccessPolicy::Operation::Read, (*found)->tenantId))
        return DomainError::forbidden(QT_TRANSLATE_NOOP("Sentence", "Cannot access this user"));
    return **found;
}

Outcome<Page<User>> UserService::list(const Actor &actor, std::optional<qint64> tenantId,
                                      const PageRequest &page, const QString &search,
                                      const UserSort &sort) const
{
    if (!tenantId && !actor.isSuperAdmin())
        tenantId = actor.tenantId;
    if (tenantId && !AccessPolicy::allows(actor, AccessPolicy::Area::Users,
                                          AccessPolicy::Operation::Read, *tenantId))
        return DomainError::forbidden(
            {QT_TRANSLATE_NOOP("Sentence", "Cannot list users of tenant %1"),
             {QString::number(*tenantId)}});
    auto listed = m_users.list(
        tenantId, page, search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts), sort);
    if (!listed)
        return DomainError::unavailable(listed.error());
    return listed.value();
}

Outcome<User> UserService::update(const Actor &actor, qint64 id, const Changes &changes) const
{
    auto found = get(actor, id);
    if (!found)
        return found;
    User user = found.value();
    if (!AccessPolicy::allows(actor, AccessPolicy::Area::Users, AccessPolicy::Operation::Write,
                              user.tenantId))
        return DomainError::forbidden(QT_TRANSLATE_NOOP("Sentence", "Cannot change this user"));
    if (user.role == Role::SuperAdmin && !actor.isSuperAdmin())
        return DomainError::forbidden(
            QT_TRANSLATE_NOOP("Sentence", "Only a SuperAdmin can change a SuperAdmin"));
    if (changes.email) {
        if (auto error = checkEmail(*changes.email))
            return *error;
        user.email = changes.email->trimmed();
    }
    if (changes.password) {
        if (auto error = checkPassword(*changes.password))
            return *error;
        user.passwordHash = PasswordHasher::hash(*changes.password);
    }
    if (changes.role) {
        if (auto error = checkRoleGrant(actor, *changes.role))
            return *error;
        user.role = *changes.role;
    }
    user.isActive = changes.isActive.value_or(user.isActive);
    user.updatedAt = m_clock.now();
    const bool losesSuperAdmin = found->role == Role::SuperAdmin && found->isActive &&
                                 (!user.isActive || user.role != Role::SuperAdmin);
    return inWriteTransaction(m_database, [&]() -> Outcome<User> {
        // Without an active SuperAdmin nobody could manage tenants again;
        // counted under a lock so two such changes cannot both pass.
        if (losesSuperAdmin) {
            auto active = m_users.lockAndCountActiveSuperAdmins();
            if (!active)
                return DomainError::unavailable(active.error());
            if (*active <= 1)
                return DomainError::conflict(QT_TRANSLATE_NOOP(
                    "Sentence",
                    "The last active SuperAdmin cannot be deactivated or demoted; make another "
                    "user SuperAdmin first"));
        }
        if (auto updated = m_users.update(user); !updated)
            return storeErrorFor(updated.error());
        auto audited = m_audit.record(actor, user.tenantId, QStringLiteral("user.update"),
                                      QStringLiteral("user:%1").arg(user.id),
                                      ChangeDetail::of(found.value(), user));
        if (!audited)
            return DomainError::unavailable(audited.error());
        return user;
    });
}

} // namespace keyward
