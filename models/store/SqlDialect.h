// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace keyward {

// Every difference between SQLite and PostgreSQL SQL lives here, so
// repositories and migrations are written once.
class SqlDialect {
public:
    explicit SqlDialect(DatabaseUrl::Backend backend)
        : m_backend(backend)
    {}

    DatabaseUrl::Backend backend() const { return m_backend; }
    QString driverName() const;

    // Run on every new connection: SQLite's foreign keys and durability,
    // PostgreSQL's NOTICE chatter kept out of the logs.
    QStringList connectionSetup() const;
    // Migrations use {{ID}} for an auto-incrementing 64-bit primary key.
    QString translateSchema(QString ddl) const;
    // Starts a write transaction that holds its lock from the first statement,
    // so read-then-write sequences cannot deadlock (SQLite BEGIN IMMEDIATE).
    bool beginWrite(QSqlDatabase &db) const;
    // What lock() serialises between transactions and processes sharing one
    // database: schema migrations and first-start set-up; changes that could
    // leave no active SuperAdmin; login attempts being counted; one key's
    // rate-limit budget (with the key's id as item); tenant names, which no
    // two tenants share.
    enum class Lock : qint64 {
        Migration = 7305861938240171,
        SuperAdmins = 7305861938240172,
        LoginAttempts = 7305861938240173,
        RateLimit = 7305861938240174,
        TenantNames = 7305861938240175,
    };
    // Held until the write transaction ends.
    bool lock(QSqlDatabase &db, Lock which) const;
    // The same for one item of a kind (distinct items rarely wait for each other).
    bool lock(QSqlDatabase &db, Lock which, qint64 item) const;
    bool isUniqueViolation(const QSqlError &error) const;
    // Case-insensitive equality on a text column.
    QString caseInsensitiveEquals(const QString &column) const;
    // A LIKE pattern (one placeholder, \ escaping) matched case-insensitively
    // on a text column: ILIKE on PostgreSQL; SQLite's LIKE already folds the
    // case of ASCII letters (and only theirs), and lower() on every row would
    // cost as much again.
    QString likeIgnoringCase(const QString &column) const;

private:
    DatabaseUrl::Backend m_backend;
};

} // namespace keyward
