// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace keyward {

namespace {

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text().simplified();
}

// Statements end with ';' at the end of a line; '--' lines are comments.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Migrator::Migrator(const SqlDialect &dialect, QString directory)
    : m_dialect(dialect)
    , m_directory(std::move(directory))
{}

QList<Migrator::Migration> Migrator::available() const
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(m_directory);
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    return migrations;
}

Result<int, QString> Migrator::migrate(QSqlDatabase &db) const
{
    const QList<Migration> migrations = available();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (!m_dialect.beginWrite(db))
        return QStringLiteral("cannot start a transaction: %1")
            .arg(db.lastError().text().simplified());
    auto fail = [&db](const QString &why) -> Result<int, QString> {
        db.rollback();
        return why;
    };
    if (!m_dialect.lock(db, SqlDialect::Lock::Migration))
        return fail(QStringLiteral("cannot lock the schema: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")))
        return fail(sqlError(query));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next())
        return fail(sqlError(query));
    const int current = query.value(0).toInt();
    // An open SELECT would keep SQLite from dropping tables in a migration.
    query.finish();
    if (current > latest)
        return fail(QStringLiteral("schema version %1 is newer than this Keyward supports (%2); "
                                   "run a newer Keyward")
                        .arg(current)
                        .arg(latest));
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        auto applied = apply(db, migration);
        if (!applied)
            return fail(applied.error());
    }
    if (!db.commit())
        return fail(QStringLiteral("cannot commit the schema: %1").arg(db.lastError().text()));
    return latest > current ? latest : current;
}

Result<Ok, QString> Migrator::apply(QSqlDatabase &db, const Migration &migration) const
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read migration %1").arg(migration.path);
    QSqlQuery query(db);
    const QString script = m_dialect.translateSchema(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statementsOf(script)) {
        if (!query.exec(statement))
            return QStringLiteral("migration %1 failed: %2")
                .arg(migration.version)
                .arg(sqlError(query));
    }
    query.prepare(
        QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query);
    return Ok{};
}

} // namespace keyward
