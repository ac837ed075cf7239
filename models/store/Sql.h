// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Page.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QRecursiveMutex>
#include <QSqlQuery>
#include <QVariant>

#include <mutex>
#include <optional>

namespace keyward {

class Database;

// The one way repositories run SQL: prepare, bind positionally, execute, and
// turn a driver error into a StoreError (values are never put in messages).
namespace Sql {

Result<QSqlQuery, StoreError> exec(const Database &database, const QString &sql,
                                   const QVariantList &values = {});

// Runs `head`, then `row` once per entry of `rows` (separated by commas), then
// `tail`, binding the rows' values in order: one statement for many rows (a
// multi-row VALUES list) where one per row would prepare and run each apart.
// Long lists go in statements of at most rowsPerStatement rows. The caller
// runs it inside a transaction when the rows belong together.
Result<Ok, StoreError> execRows(const Database &database, const QString &head, const QString &row,
                                const QString &tail, const QList<QVariantList> &rows,
                                qsizetype rowsPerStatement = 250);

// Runs an `INSERT ... RETURNING id` and gives the new row's id.
Result<qint64, StoreError> insert(const Database &database, const QString &sql,
                                  const QVariantList &values);

// Epoch milliseconds <-> QDateTime (UTC); null stays null.
QVariant time(const QDateTime &value);
QDateTime timeFrom(const QVariant &value);
QVariant optionalInt(const std::optional<qint64> &value);
std::optional<qint64> optionalIntFrom(const QVariant &value);

// Rows where every one of `terms` appears inside one of `columns`,
// case-insensitively and literally (%, _ and \ typed match themselves), or
// equals `idColumn` when one is named: the condition ("" for no terms), with
// its values appended to `values`. SQLite folds the case of ASCII letters
// only.
QString searchCondition(const QStringList &terms, const QStringList &columns, QVariantList &values,
                        const QString &idColumn = {});

// One page of `SELECT columns FROM source` (source may carry a WHERE clause
// whose placeholders `filter` binds) plus the total row count.
template <typename T, typename RowMapper>
Result<Page<T>, StoreError> selectPage(const Database &database, const QString &columns,
                                       const QString &source, const QVariantList &filter,
                                       const QString &orderBy, const PageRequest &request,
                                       RowMapper rowTo)
{
    auto total = exec(database, QStringLiteral("SELECT COUNT(*) FROM ") + source, filter);
    if (!total)
        return total.error();
    Page<T> page{
        {}, total->next() ? total->value(0).toLongLong() : 0, request.page, request.pageSize};
    auto query = exec(database,
                      QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT ? OFFSET ?")
                          .arg(columns, source, orderBy),
                      filter + QVariantList{request.pageSize, request.offset()});
    if (!query)
        return query.error();
    while (query->next())
        page.items.append(rowTo(*query));
    return page;
}

} // namespace Sql

// A write transaction on this thread's connection, rolled back unless
// committed. On SQLite, which admits one writer at a time, this process's
// writers queue at Database::writeGate() first: waiting there wakes at once,
// where SQLite's busy handler would sleep in growing steps (a p99 of 188 ms
// for rate-limited keys under load).
class WriteTransaction {
public:
    explicit WriteTransaction(const Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool started() const { return m_started; }
    Result<Ok, StoreError> commit();

private:
    std::unique_lock<QRecursiveMutex> m_gate;
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace keyward
