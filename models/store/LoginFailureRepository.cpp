// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/LoginFailureRepository.h"

#include "store/Sql.h"

namespace keyward {

namespace {

Result<Ok, StoreError> done(const Result<QSqlQuery, StoreError> &query)
{
    if (!query)
        return query.error();
    return Ok{};
}

} // namespace

Result<std::optional<LoginFailureRepository::Entry>, StoreError>
LoginFailureRepository::find(const QString &subject, qint64 since) const
{
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT failures, blocked_until FROM login_failures "
                                          "WHERE subject = ? AND last_failure >= ?"),
                           {subject, since});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Entry>();
    return std::optional<Entry>(Entry{query->value(0).toLongLong(), query->value(1).toLongLong()});
}

Result<Ok, StoreError> LoginFailureRepository::save(const QString &subject, const Entry &entry,
                                                    qint64 at) const
{
    const QVariant blocked = entry.blockedUntil > 0 ? QVariant(entry.blockedUntil)
                                                    : QVariant(QMetaType::fromType<qint64>());
    return done(Sql::exec(
        m_database,
        QStringLiteral("INSERT INTO login_failures (subject, failures, last_failure, "
                       "blocked_until) VALUES (?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET "
                       "failures = excluded.failures, last_failure = excluded.last_failure, "
                       "blocked_until = excluded.blocked_until"),
        {subject, entry.failures, at, blocked}));
}

Result<Ok, StoreError> LoginFailureRepository::forget(const QString &subject) const
{
    return done(Sql::exec(
        m_database, QStringLiteral("DELETE FROM login_failures WHERE subject = ?"), {subject}));
}

Result<Ok, StoreError> LoginFailureRepository::forgetBefore(qint64 before) const
{
    return done(Sql::exec(
        m_database, QStringLiteral("DELETE FROM login_failures WHERE last_failure < ?"), {before}));
}

} // namespace keyward
