// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/UserRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace keyward {

namespace {

const QString columns =
    QStringLiteral("id, tenant_id, email, password_hash, role, is_active, created_at, updated_at");

User userFrom(const QSqlQuery &row)
{
    User user;
    user.id = row.value(0).toLongLong();
    user.tenantId = row.value(1).toLongLong();
    user.email = row.value(2).toString();
    user.passwordHash = row.value(3).toString();
    user.role = roleFromName(row.value(4).toString()).value_or(Role::User);
    user.isActive = row.value(5).toInt() != 0;
    user.createdAt = Sql::timeFrom(row.value(6));
    user.updatedAt = Sql::timeFrom(row.value(7));
    return user;
}

} // namespace

Result<qint64, StoreError> UserRepository::insert(const User &user) const
{
    return Sql::insert(
        m_database,
        QStringLiteral("INSERT INTO users (tenant_id, email, password_hash, role, is_active, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {user.tenantId, user.email, user.passwordHash, roleName(user.role), int(user.isActive),
         Sql::time(user.createdAt), Sql::time(user.updatedAt)});
}

Result<std::optional<User>, StoreError> UserRepository::findOne(const QString &where,
                                                                const QVariant &value) const
{
    auto query = Sql::exec(
        m_database, QStringLiteral("SELECT %1 FROM users WHERE %2").arg(columns, where), {value});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<User>();
    return std::optional<User>(userFrom(*query));
}

Result<std::optional<User>, StoreError> UserRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<std::optional<User>, StoreError> UserRepository::findByEmail(const QString &email) const
{
    return findOne(m_database.dialect().caseInsensitiveEquals(QStringLiteral("email")), email);
}

Result<Page<User>, StoreError> UserRepository::list(std::optional<qint64> tenantId,
                                                    const PageRequest &request,
                                                    const QStringList &searchTerms,
                                                    const UserSort &sort) const
{
    QVariantList values;
    const QString where = Sql::tenantSearchCondition(
        m_database.dialect(), tenantId, searchTerms,
        {QStringLiteral("email"), QStringLiteral("role")}, values, QStringLiteral("id"));
    // An expression never NULL; ties are broken by id (Sql::selectPage).
    Sql::Order order{QStringLiteral("id"), {}, sort.descending};
    switch (sort.by) {
    case UserSort::By::Created:
        break;
    case UserSort::By::Email:
        order.expression = QStringLiteral("lower(email)");
        break;
    case UserSort::By::Role:
        order.expression =
            QStringLiteral("CASE role WHEN 'SuperAdmin' THEN 0 WHEN 'Admin' THEN 1 ELSE 2 END");
        break;
    case UserSort::By::Status:
        order.expression = QStringLiteral("1 - is_active");
        break;
    }
    return Sql::selectPage<User>(m_database, columns, QStringLiteral("users"), where, values, order,
                                 request, userFrom);
}

Result<Ok, StoreError> UserRepository::update(const User &user) const
{
    auto query =
        Sql::exec(m_database,
                  QStringLiteral("UPDATE users SET email = ?, password_hash = ?, role = ?, "
                                 "is_active = ?, updated_at = ? WHERE id = ?"),
                  {user.email, user.passwordHash, roleName(user.role), int(user.isActive),
                   Sql::time(user.updatedAt), user.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return StoreError::notFound();
    return Ok{};
}

Result<qint64, StoreError> UserRepository::lockAndCountActiveSuperAdmins() const
{
    QSqlDatabase connection = m_database.connection();
    if (!m_database.dialect().lock(connection, SqlDialect::Lock::SuperAdmins))
        return StoreError::failure(QStringLiteral("cannot lock SuperAdmin changes"));
    auto query = Sql::exec(
        m_database, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND is_active = 1"),
        {roleName(Role::SuperAdmin)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64, StoreError> UserRepository::count() const
{
    auto query = Sql::exec(m_database, QStringLiteral("SELECT COUNT(*) FROM users"), {});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace keyward
