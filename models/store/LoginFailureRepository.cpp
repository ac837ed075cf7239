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

Result<qint64, StoreError> LoginFailureRepository::blockedUntil(const QStringList &subjects,
                                                                qint64 since) const
{
    QVariantList values;
    QStringList placeholders;
    for (const QString &subject : subjects) {
        values << subject;
        placeholders << QStringLiteral("?");
    }
    values << since;
    auto query = Sql::exec(m_database,
                           QStringLiteral("SELECT MAX(blocked_until) FROM login_failures "
                                          "WHERE subject IN (%1) AND last_failure >= ?")
                               .arg(placeholders.join(QLatin1Char(','))),
                           values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64, StoreError> LoginFailureRepository::countFailure(const QString &subject, qint64 at,
                                                                qint64 since) const
{
    auto query = Sql::exec(
        m_database,
        QStringLiteral("INSERT INTO login_failures (subject, failures, last_failure) "
                       "VALUES (?, 1, ?) ON CONFLICT (subject) DO UPDATE SET "
                       "failures = CASE WHEN login_failures.last_failure < ? THEN 1 "
                       "ELSE login_failures.failures + 1 END, "
                       "blocked_until = CASE WHEN login_failures.last_failure < ? THEN NULL "
                       "ELSE login_failures.blocked_until END, "
                       "last_failure = excluded.last_failure "
                       "RETURNING failures"),
        {subject, at, since, since});
    if (!query)
        return query.error();
    if (!query->next())
        return StoreError::failure(QStringLiteral("login failure count not returned"));
    return query->value(0).toLongLong();
}

Result<Ok, StoreError> LoginFailureRepository::block(const QString &subject, qint64 until) const
{
    return done(Sql::exec(m_database,
                          QStringLiteral("UPDATE login_failures SET blocked_until = ? "
                                         "WHERE subject = ? AND (blocked_until IS NULL "
                                         "OR blocked_until < ?)"),
                          {until, subject, until}));
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
