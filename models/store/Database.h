// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/DatabaseUrl.h"
#include "store/SqlDialect.h"
#include "store/StoreChanges.h"

#include <QRecursiveMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace keyward {

// The open store: one QtSql connection per thread (Qt forbids sharing them),
// opened on first use in that thread and removed when the thread ends. Opening
// applies pending schema migrations, so a Database is always at the schema
// this binary knows.
class Database {
public:
    static Result<std::shared_ptr<Database>, QString> open(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection; a connection that failed to open makes every
    // query on it fail, which repositories report as a store failure. A
    // connection the server dropped (PostgreSQL restarted, failed over, or
    // ended it) is closed by the driver at its first failed query and opened
    // again here, at most once per reopenIntervalMs, so a store that is down
    // costs a failed connect per interval and thread, not per request.
    QSqlDatabase connection() const;
    static constexpr qint64 reopenIntervalMs = 250;
    // This thread's prepared statement of `sql` on its open connection, kept
    // from one call to the next (see Sql::eachRowKept); null when the
    // connection is not open or `sql` does not prepare. Not forward-only: on
    // PostgreSQL that would end its result at the connection's next query.
    // Kept statements go with their connection: when it is opened again,
    // removed, or the thread ends.
    std::shared_ptr<QSqlQuery> keptStatement(const QString &sql) const;
    // Whether the store answers a trivial query on this thread's connection
    // now (health checks).
    bool ping() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    int schemaVersion() const { return m_schemaVersion; }
    // What caches consult to learn that their copies may be stale.
    StoreChanges &changes() const { return *m_changes; }
    // Where this process's SQLite writers queue (see WriteTransaction).
    QRecursiveMutex &writeGate() const { return m_writeGate; }

private:
    explicit Database(DatabaseUrl url);
    QString connectionName() const;
    QSqlDatabase connection(const QString &name) const;
    Result<QSqlDatabase, QString> openConnection(const QString &name) const;
    // Opens `db` and prepares the session.
    Result<Ok, QString> establish(QSqlDatabase &db) const;

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    int m_instance;
    int m_schemaVersion = 0;
    std::unique_ptr<StoreChanges> m_changes;
    mutable QRecursiveMutex m_writeGate;
    static std::atomic_int s_instances;
};

} // namespace keyward
