// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/Migrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

int count(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool tableExists(const Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseIsAtTheLatestVersion()
    {
        TestDatabase test;
        QCOMPARE(test.database()->schemaVersion(), 5);
        QCOMPARE(count(*test.database(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 5);
        QVERIFY(tableExists(*test.database(), QStringLiteral("api_keys")));
        QVERIFY(tableExists(*test.database(), QStringLiteral("audit_events")));
    }

    void reopeningAppliesNothingTwice()
    {
        TestDatabase test;
        auto again = Database::open(test.url());
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE((*again)->schemaVersion(), 5);
        QCOMPARE(count(*test.database(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
                 5);
    }

    void newerDatabaseIsRefused()
    {
        TestDatabase test;
        QSqlQuery query(test.database()->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 0)")));
        auto again = Database::open(test.url());
        QVERIFY(!again);
        QVERIFY2(again.error().contains(
                     QStringLiteral("schema version 99 is newer than this Keyward supports (5)")),
                 qPrintable(again.error()));
    }

    void failedMigrationLeavesNothingBehind()
    {
        TestDatabase test;
        QTemporaryDir directory;
        writeFile(directory.filePath(QStringLiteral("0001_initial.sql")), "SELECT 1;\n");
        writeFile(directory.filePath(QStringLiteral("0002_shipped.sql")), "SELECT 1;\n");
        writeFile(directory.filePath(QStringLiteral("0003_shipped.sql")), "SELECT 1;\n");
        writeFile(directory.filePath(QStringLiteral("0004_shipped.sql")), "SELECT 1;\n");
        writeFile(directory.filePath(QStringLiteral("0005_shipped.sql")), "SELECT 1;\n");
        writeFile(directory.filePath(QStringLiteral("0006_good.sql")),
                  "CREATE TABLE half_applied (id {{ID}});\n");
        writeFile(directory.filePath(QStringLiteral("0007_broken.sql")),
                  "INSERT INTO half_applied (id) VALUES (1);\nTHIS IS NOT SQL;\n");
        QSqlDatabase connection = test.database()->connection();
        auto migrated = Migrator(test.database()->dialect(), directory.path()).migrate(connection);
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().startsWith(QStringLiteral("migration 7 failed")),
                 qPrintable(migrated.error()));
        QVERIFY(!tableExists(*test.database(), QStringLiteral("half_applied")));
        QCOMPARE(
            count(*test.database(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
            5);
    }

    void schemaOneUpgradesKeepingItsRows()
    {
        TestDatabase test;
        {
            // Back to what Keyward 0.1.0 left: schema 1, with a tenant in it.
            QSqlQuery query(test.database()->connection());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE key_usage_addresses")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE key_usage")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX api_keys_rotated_from")));
            QVERIFY(query.exec(QStringLiteral("DROP INDEX api_keys_expires_at")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE rate_limit_uses")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE login_failures")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version > 1")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO tenants (name, created_at, updated_at) "
                                              "VALUES ('Kept', 0, 0)")));
        }
        auto upgraded = Database::open(test.url());
        QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion(), 5);
        QVERIFY(tableExists(**upgraded, QStringLiteral("rate_limit_uses")));
        QVERIFY(tableExists(**upgraded, QStringLiteral("key_usage")));
        QCOMPARE(
            count(**upgraded, QStringLiteral("SELECT COUNT(*) FROM tenants WHERE name = 'Kept'")),
            1);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
