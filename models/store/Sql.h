// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Page.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QRecursiveMutex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <functional>
#include <mutex>
#include <optional>

namespace keyward {

class Database;
class SqlDialect;

// The one way repositories run SQL: prepare, bind positionally, execute, and
// turn a driver error into a StoreError (values are never put in messages).
namespace Sql {

Result<QSqlQuery, StoreError> exec(const Database &database, const QString &sql,
                                   const QVariantList &values = {});

// Runs one of the lookups every verification that misses its cache makes
// (a key by digest, its tenant) on a statement this thread's connection keeps
// prepared (Database::keptStatement): parsed and planned once per connection
// instead of per call, and on PostgreSQL one round trip instead of three
// (prepare, execute, deallocate). Calls `row` for each row; the statement is
// reset before this returns, so no result outlives the call (on SQLite an
// unreset statement would hold its read snapshot). A lookup made from inside
// `row` with the same SQL runs on a statement of its own.
Result<Ok, StoreError> eachRowKept(const Database &database, const QString &sql,
                                   const QVariantList &values,
                                   const std::function<void(const QSqlQuery &)> &row);

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
// case-insensitively (SqlDialect::likeIgnoringCase) and literally (%, _ and
// \ typed match themselves), or equals `idColumn` when one is named: the
// condition ("" for no terms), with its values appended to `values`.
QString searchCondition(const SqlDialect &dialect, const QStringList &terms,
                        const QStringList &columns, QVariantList &values,
                        const QString &idColumn = {});

// The condition of one tenant's list (every tenant's without one), narrowed
// to the rows where every search term appears (searchCondition): "" for
// none, with its values appended to `values`.
QString tenantSearchCondition(const SqlDialect &dialect, std::optional<qint64> tenantId,
                              const QStringList &terms, const QStringList &columns,
                              QVariantList &values, const QString &idColumn = {});

// The order of a paged list: an SQL expression over a row that is never
// NULL (its placeholders bound to `values`), ties broken by id the same way.
struct Order {
    QString expression = QStringLiteral("id");
    QVariantList values;
    bool descending = false;
};

// One page of `SELECT columns FROM table [WHERE where]` in `order`, plus the
// total row count (up to request.countAtMost when set): the rows after
// request.after when it is set, else those at request.offset().
// `whereValues` bind the placeholders of `where`.
template <typename T, typename RowMapper>
Result<Page<T>, StoreError> selectPage(const Database &database, const QString &columns,
                                       const QString &table, const QString &where,
                                       const QVariantList &whereValues, const Order &order,
                                       const PageRequest &request, RowMapper rowTo)
{
    Page<T> page{{}, 0, request.page, request.pageSize, std::nullopt, false};
    QStringList conditions;
    if (!where.isEmpty())
        conditions << QLatin1Char('(') + where + QLatin1Char(')');
    QVariantList values = order.values + whereValues;
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    if (request.after) {
        conditions << QStringLiteral("((%1), id) %2 (?, ?)")
                          .arg(order.expression,
                               order.descending ? QLatin1String("<") : QLatin1String(">"));
        values << order.values << request.after->value << request.after->id;
    }
    // The page is found on the order and the id alone, and only its rows are
    // then read whole: SQLite would otherwise compute every column (and its
    // subqueries) of every row before sorting them.
    QString listed = QStringLiteral("SELECT id AS listed_id, (%1) AS listed_order FROM %2")
                         .arg(order.expression, table);
    if (!conditions.isEmpty())
        listed += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    listed += QStringLiteral(" ORDER BY (%1)%2, id%2 LIMIT ?").arg(order.expression, direction);
    values << order.values << request.pageSize;
    if (!request.after) {
        listed += QStringLiteral(" OFFSET ?");
        values << request.offset();
    }
    const QString sql = QStringLiteral("SELECT %1, listed.listed_order FROM (%2) AS listed JOIN %3 "
                                       "ON %3.id = listed.listed_id "
                                       "ORDER BY listed.listed_order%4, %3.id%4")
                            .arg(columns, listed, table, direction);
    auto query = exec(database, sql, values);
    if (!query)
        return query.error();
    const int orderColumn = query->record().count() - 1;
    QVariant lastValue;
    while (query->next()) {
        page.items.append(rowTo(*query));
        lastValue = query->value(orderColumn);
    }
    if (!page.items.isEmpty())
        page.last = PageKey{lastValue, page.items.last().id};
    // A first page that is not full holds every row there is: no second scan
    // to count them (a search matching few rows scans the table once).
    if (!request.after && request.offset() == 0 && page.items.size() < request.pageSize) {
        page.totalCount = page.items.size();
        return page;
    }
    const QString filtered =
        where.isEmpty() ? table : QStringLiteral("%1 WHERE %2").arg(table, where);
    if (request.countAtMost > 0) {
        // The scan stops at the first countAtMost + 1 rows found.
        auto total =
            exec(database,
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT ?) AS counted")
                     .arg(filtered),
                 whereValues + QVariantList{request.countAtMost + 1});
        if (!total)
            return total.error();
        const qint64 counted = total->next() ? total->value(0).toLongLong() : 0;
        page.moreThanTotal = counted > request.countAtMost;
        page.totalCount = qMin(counted, request.countAtMost);
        return page;
    }
    auto total = exec(database, QStringLiteral("SELECT COUNT(*) FROM ") + filtered, whereValues);
    if (!total)
        return total.error();
    page.totalCount = total->next() ? total->value(0).toLongLong() : 0;
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
