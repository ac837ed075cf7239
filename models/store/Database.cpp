// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/Database.h"

#include "store/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace keyward {

std::atomic_int Database::s_instances{0};

namespace {

using KeptStatements = QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>;

// Trivially destructible, so readable until the thread's very end.
thread_local bool t_keptStatementsGone = false;

// This thread's kept statements, by connection name, then by SQL; null once
// they are destroyed. A thread's thread_local objects go before the
// program's statics, and in the reverse order of their making, so a Database
// owned by a static or by an earlier thread_local (a test fixture's) still
// has its connection to remove when they are gone.
KeptStatements *keptStatements()
{
    if (t_keptStatementsGone)
        return nullptr;
    thread_local struct Holder {
        KeptStatements statements;
        ~Holder() { t_keptStatementsGone = true; }
    } holder;
    return &holder.statements;
}

void forgetKeptStatements(const QString &connectionName)
{
    if (KeptStatements *kept = keptStatements())
        kept->remove(connectionName);
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_dialect(m_url.backend)
    , m_instance(++s_instances)
    , m_changes(std::make_unique<StoreChanges>(*this))
{}

Database::~Database()
{
    // Connections of other threads go when their threads end; this one now.
    const QString name = connectionName();
    forgetKeptStatements(name);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

namespace {

// The store holds password hashes, key digests, sealed values and the audit
// trail: what Keyward creates for it is its owner's alone, whatever the
// umask. SQLite gives its -wal and -shm files the database file's mode.
// Existing files and directories keep the mode their owner chose.
Result<Ok, QString> createPrivateSqliteFile(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(directory))
            return QStringLiteral("cannot create directory %1").arg(directory);
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(path);
    if (!file.exists() &&
        !file.open(QIODevice::NewOnly | QIODevice::WriteOnly,
                   QFile::ReadOwner | QFile::WriteOwner) &&
        !file.exists()) // created meanwhile by another process is fine
        return QStringLiteral("cannot create database file %1: %2").arg(path, file.errorString());
    return Ok{};
}

} // namespace

Result<std::shared_ptr<Database>, QString> Database::open(const DatabaseUrl &url)
{
    if (url.backend == DatabaseUrl::Backend::SQLite) {
        if (auto created = createPrivateSqliteFile(url.sqlitePath); !created)
            return created.error();
    }
    std::shared_ptr<Database> database(new Database(url));
    auto first = database->openConnection(database->connectionName());
    if (!first)
        return first.error();
    QSqlDatabase db = first.value();
    if (url.backend == DatabaseUrl::Backend::SQLite) {
        // WAL persists in the file; set it once here, never from racing threads.
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return QStringLiteral("cannot open database %1: %2")
                .arg(url.redacted(), wal.lastError().databaseText());
    }
    auto version = Migrator(database->m_dialect).migrate(db);
    if (!version)
        return QStringLiteral("database %1: %2").arg(url.redacted(), version.error());
    database->m_schemaVersion = version.value();
    return database;
}

QString Database::connectionName() const
{
    return QStringLiteral("keyward-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

bool Database::ping() const
{
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

QSqlDatabase Database::connection() const
{
    return connection(connectionName());
}

QSqlDatabase Database::connection(const QString &name) const
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        thread_local QHash<QString, qint64> lastAttemptMs;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        qint64 &lastAttempt = lastAttemptMs[name];
        if (nowMs - lastAttempt < reopenIntervalMs)
            return db;
        lastAttempt = nowMs;
        forgetKeptStatements(name); // prepared on the connection that was lost
        if (auto reopened = establish(db); !reopened)
            qWarning("keyward: %s", qPrintable(reopened.error()));
        return db;
    }
    auto opened = openConnection(name);
    QObject::connect(QThread::currentThread(), &QThread::finished, [name] {
        forgetKeptStatements(name);
        QSqlDatabase::removeDatabase(name);
    });
    if (!opened) {
        qWarning("keyward: %s", qPrintable(opened.error()));
        return QSqlDatabase::database(name, false);
    }
    return opened.value();
}

std::shared_ptr<QSqlQuery> Database::keptStatement(const QString &sql) const
{
    const QString name = connectionName();
    const QSqlDatabase db = connection(name);
    if (!db.isOpen())
        return nullptr;
    KeptStatements *statements = keptStatements();
    if (!statements)
        return nullptr;
    std::shared_ptr<QSqlQuery> &kept = (*statements)[name][sql];
    if (!kept) {
        auto query = std::make_shared<QSqlQuery>(db);
        if (!query->prepare(sql))
            return nullptr;
        kept = query;
    }
    return kept;
}

Result<QSqlDatabase, QString> Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_url.backend == DatabaseUrl::Backend::SQLite) {
        db.setDatabaseName(m_url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.databaseName);
        db.setConnectOptions(m_url.connectOptions);
    }
    if (auto established = establish(db); !established)
        return established.error();
    return db;
}

Result<Ok, QString> Database::establish(QSqlDatabase &db) const
{
    if (!db.open())
        return QStringLiteral("cannot open database %1: %2")
            .arg(m_url.redacted(), db.lastError().text().simplified());
    QSqlQuery setup(db);
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (!setup.exec(statement)) {
            const QString error = setup.lastError().databaseText();
            db.close();
            return QStringLiteral("cannot open database %1: %2").arg(m_url.redacted(), error);
        }
    }
    return Ok{};
}

} // namespace keyward
