// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/Sql.h"

#include "store/Database.h"
#include "store/SqlDialect.h"

#include <QSqlError>

#include <algorithm>

namespace keyward {

namespace {

// Binds `values` to `query`'s placeholders in order and runs it.
Result<Ok, StoreError> bindAndRun(const Database &database, QSqlQuery &query,
                                  const QVariantList &values)
{
    for (qsizetype index = 0; index < values.size(); ++index) {
        const QVariant &value = values[index];
        // QtSql binds a null QString as SQL NULL; an empty text is meant.
        // Deliberate NULLs are null QVariants (see textOrNull and Sql::time).
        const bool nullText =
            value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        query.bindValue(int(index), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        if (database.dialect().isUniqueViolation(error))
            return StoreError{StoreError::Kind::UniqueViolation, error.databaseText()};
        return StoreError::failure(error.text());
    }
    return Ok{};
}

} // namespace

Result<QSqlQuery, StoreError> Sql::exec(const Database &database, const QString &sql,
                                        const QVariantList &values)
{
    QSqlQuery query(database.connection());
    if (!query.prepare(sql))
        return StoreError::failure(query.lastError().text());
    if (auto ran = bindAndRun(database, query, values); !ran)
        return ran.error();
    return query;
}

Result<Ok, StoreError> Sql::eachRowKept(const Database &database, const QString &sql,
                                        const QVariantList &values,
                                        const std::function<void(const QSqlQuery &)> &row)
{
    std::shared_ptr<QSqlQuery> kept = database.keptStatement(sql);
    if (!kept || kept->isActive()) { // not preparable (the error is exec's), or being read
        auto query = exec(database, sql, values);
        if (!query)
            return query.error();
        while (query->next())
            row(*query);
        return Ok{};
    }
    auto ran = bindAndRun(database, *kept, values);
    if (ran) {
        while (kept->next())
            row(*kept);
    }
    kept->finish();
    return ran;
}

Result<Ok, StoreError> Sql::execRows(const Database &database, const QString &head,
                                     const QString &row, const QString &tail,
                                     const QList<QVariantList> &rows, qsizetype rowsPerStatement)
{
    for (qsizetype first = 0; first < rows.size(); first += rowsPerStatement) {
        const qsizetype count = std::min(rowsPerStatement, rows.size() - first);
        QString sql = head;
        QVariantList values;
        for (qsizetype index = first; index < first + count; ++index) {
            if (index > first)
                sql += QLatin1String(", ");
            sql += row;
            values += rows[index];
        }
        sql += tail;
        // Full statements repeat the same SQL: kept prepared, as preparing
        // one of a thousand placeholders is most of its cost. The last,
        // shorter one varies and is not kept.
        auto ran = count == rowsPerStatement
                       ? eachRowKept(database, sql, values, [](const QSqlQuery &) {})
                       : exec(database, sql, values).map([](const QSqlQuery &) { return Ok{}; });
        if (!ran)
            return ran.error();
    }
    return Ok{};
}

Result<qint64, StoreError> Sql::insert(const Database &database, const QString &sql,
                                       const QVariantList &values)
{
    auto query = exec(database, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return StoreError::failure(QStringLiteral("insert returned no id"));
    return query->value(0).toLongLong();
}

QVariant Sql::time(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch())
                           : QVariant(QMetaType::fromType<qint64>());
}

QDateTime Sql::timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant Sql::optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> Sql::optionalIntFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString Sql::searchCondition(const SqlDialect &dialect, const QStringList &terms,
                             const QStringList &columns, QVariantList &values,
                             const QString &idColumn)
{
    QStringList everyTerm;
    for (const QString &term : terms) {
        QString pattern = term;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList anyColumn;
        for (const QString &column : columns) {
            anyColumn << dialect.likeIgnoringCase(column);
            values << pattern;
        }
        if (!idColumn.isEmpty()) {
            anyColumn << QStringLiteral("CAST(%1 AS TEXT) = ?").arg(idColumn);
            values << term;
        }
        everyTerm << QLatin1Char('(') + anyColumn.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return everyTerm.join(QStringLiteral(" AND "));
}

QString Sql::tenantSearchCondition(const SqlDialect &dialect, std::optional<qint64> tenantId,
                                   const QStringList &terms, const QStringList &columns,
                                   QVariantList &values, const QString &idColumn)
{
    QStringList conditions;
    if (tenantId) {
        conditions << QStringLiteral("tenant_id = ?");
        values << *tenantId;
    }
    if (!terms.isEmpty())
        conditions << searchCondition(dialect, terms, columns, values, idColumn);
    return conditions.join(QStringLiteral(" AND "));
}

WriteTransaction::WriteTransaction(const Database &database)
    : m_db(database.connection())
{
    if (database.dialect().backend() == DatabaseUrl::Backend::SQLite)
        m_gate = std::unique_lock<QRecursiveMutex>(database.writeGate());
    m_started = database.dialect().beginWrite(m_db);
}

WriteTransaction::~WriteTransaction()
{
    if (m_started && !m_finished)
        m_db.rollback();
}

Result<Ok, StoreError> WriteTransaction::commit()
{
    if (!m_started)
        return StoreError::failure(QStringLiteral("transaction did not start"));
    m_finished = true;
    const bool committed = m_db.commit();
    const QString why = committed ? QString() : m_db.lastError().text();
    if (!committed)
        m_db.rollback(); // SQLite keeps a transaction whose COMMIT failed open
    if (m_gate.owns_lock())
        m_gate.unlock();
    if (!committed)
        return StoreError::failure(why);
    return Ok{};
}

} // namespace keyward
