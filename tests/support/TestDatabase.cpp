// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace keyward {

namespace {

QAtomicInt s_counter;

DatabaseUrl adminUrl()
{
    const QString text = qEnvironmentVariable("KEYWARD_TEST_PG_URL");
    if (text.isEmpty())
        qFatal("KEYWARD_TEST_PG_URL is not set; run PostgreSQL tests through ctest");
    auto url = DatabaseUrl::parse(text);
    if (!url)
        qFatal("KEYWARD_TEST_PG_URL: %s", qPrintable(url.error()));
    return *url;
}

// Creates a database of its own for one test, through a short-lived admin
// connection.
DatabaseUrl createPostgresDatabase()
{
    DatabaseUrl url = adminUrl();
    const QString name = QStringLiteral("kwtest_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(s_counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(url.host);
        admin.setPort(url.port);
        admin.setUserName(url.user);
        admin.setDatabaseName(url.databaseName);
        if (!admin.open())
            qFatal("cannot reach the test PostgreSQL: %s", qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(create.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    url.databaseName = name;
    return url;
}

} // namespace

DatabaseUrl::Backend TestDatabase::backend()
{
    return qEnvironmentVariable("KEYWARD_TEST_BACKEND") == QLatin1String("postgresql")
               ? DatabaseUrl::Backend::PostgreSQL
               : DatabaseUrl::Backend::SQLite;
}

QString TestDatabase::backendName()
{
    return backend() == DatabaseUrl::Backend::PostgreSQL ? QStringLiteral("postgresql")
                                                         : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase()
{
    if (backend() == DatabaseUrl::Backend::PostgreSQL) {
        m_url = createPostgresDatabase();
    } else {
        m_url.backend = DatabaseUrl::Backend::SQLite;
        m_url.sqlitePath = m_directory.filePath(QStringLiteral("keyward.sqlite"));
    }
    auto opened = Database::open(m_url);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    m_database = opened.value();
}

TestDatabase::~TestDatabase() = default;

QString TestDatabase::location() const
{
    if (m_url.backend == DatabaseUrl::Backend::SQLite)
        return m_url.sqlitePath;
    return QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4")
        .arg(m_url.user)
        .arg(m_url.port)
        .arg(m_url.databaseName, m_url.host);
}

} // namespace keyward
