// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace keyward {

// Brings a database to the newest schema this binary ships. Migrations are
// the files NNNN_name.sql of a directory (by default the compiled-in
// resources); all pending ones are applied in one transaction and recorded in
// schema_migrations, so a failure leaves the database exactly as it was.
class Migrator {
public:
    explicit Migrator(const SqlDialect &dialect,
                      QString directory = QStringLiteral(":/migrations"));

    // The schema version after migrating, or why the database was refused.
    Result<int, QString> migrate(QSqlDatabase &db) const;

private:
    struct Migration {
        int version;
        QString path;
    };
    QList<Migration> available() const;
    Result<Ok, QString> apply(QSqlDatabase &db, const Migration &migration) const;

    const SqlDialect &m_dialect;
    QString m_directory;
};

} // namespace keyward
