// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace keyward;

class TestDatabaseUrl : public QObject {
    Q_OBJECT
private slots:
    void sqlitePathIsMadeAbsolute()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("data/k.sqlite"));
        QVERIFY(url);
        QCOMPARE(url->backend, DatabaseUrl::Backend::SQLite);
        QCOMPARE(url->sqlitePath,
                 QDir::current().absoluteFilePath(QStringLiteral("data/k.sqlite")));
    }
    void postgresUrlParts()
    {
        auto url = DatabaseUrl::parse(QStringLiteral(
            "postgresql://kw:s%40cret@db.example:6543/keys?sslmode=require&connect_timeout=5"));
        QVERIFY(url);
        QCOMPARE(url->backend, DatabaseUrl::Backend::PostgreSQL);
        QCOMPARE(url->host, QStringLiteral("db.example"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->user, QStringLiteral("kw"));
        QCOMPARE(url->password, QStringLiteral("s@cret"));
        QCOMPARE(url->databaseName, QStringLiteral("keys"));
        QCOMPARE(url->connectOptions, QStringLiteral("sslmode=require;connect_timeout=5"));
    }
    void socketDirectoryAsHostParameter()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgres://kw@localhost/keys?host=/run/pg"));
        QVERIFY(url);
        QCOMPARE(url->host, QStringLiteral("/run/pg"));
        QCOMPARE(url->port, 5432);
    }
    void redactedHidesThePassword()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://kw:topsecret@db/keys"));
        QVERIFY(url);
        QVERIFY(!url->redacted().contains(QStringLiteral("topsecret")));
        QVERIFY(url->redacted().contains(QStringLiteral("db")));
    }
    void refusesWhatItCannotHonour_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://kw@db/") << QStringLiteral("names no database");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://kw@db/k?sslmod=require")
            << QStringLiteral("unsupported PostgreSQL URL parameter: sslmod");
        QTest::newRow("other scheme") << QStringLiteral("mysql://db/k")
                                      << QStringLiteral("unsupported database URL scheme: mysql");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty database path");
    }
    void refusesWhatItCannotHonour()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url);
        QVERIFY2(url.error().contains(why), qPrintable(url.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
