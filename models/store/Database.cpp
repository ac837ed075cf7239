#include "store/Database.h"

#include "store/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace keyward {

std::atomic_int Database::s_instances{0};

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_dialect(m_url.backend)
    , m_instance(++s_instances)
{}

Database::~Database()
{
    // Connections of other threads go when their threads end; this one now.
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>, QString> Database::open(const DatabaseUrl &url)
{
    if (url.backend == DatabaseUrl::Backend::SQLite) {
        const QFileInfo file(url.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            return QStringLiteral("cannot create directory %1").arg(file.absolutePath());
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

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto opened = openConnection(name);
    QObject::connect(QThread::currentThread(), &QThread::finished,
                     [name] { QSqlDatabase::removeDatabase(name); });
    if (!opened) {
        qWarning("keyward: %s", qPrintable(opened.error()));
        return QSqlDatabase::database(name, false);
    }
    return opened.value();
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
    if (!db.open())
        return QStringLiteral("cannot open database %1: %2")
            .arg(m_url.redacted(), db.lastError().text().simplified());
    QSqlQuery setup(db);
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (!setup.exec(statement))
            return QStringLiteral("cannot open database %1: %2")
                .arg(m_url.redacted(), setup.lastError().databaseText());
    }
    return db;
}

} // namespace keyward
