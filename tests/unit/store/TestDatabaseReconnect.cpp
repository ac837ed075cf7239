// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// A PostgreSQL connection the server drops (a restart, a failover, an
// administrator ending it) is opened again on its next use, without
// restarting Keyward: at most the query that found it dead fails.
#include "TestDatabase.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace keyward;

class TestDatabaseReconnect : public QObject {
    Q_OBJECT
private:
    static bool selectOne(const Database &database)
    {
        auto query = Sql::exec(database, QStringLiteral("SELECT 1"));
        return query && query->next() && query->value(0).toInt() == 1;
    }

    // The same on a statement the connection keeps prepared.
    static bool selectOneKept(const Database &database)
    {
        int one = 0;
        const auto ran =
            Sql::eachRowKept(database, QStringLiteral("SELECT 1"), {},
                             [&one](const QSqlQuery &row) { one = row.value(0).toInt(); });
        return ran && one == 1;
    }

    // A cluster of this test's own (tests/support/pg-cluster.sh), so that
    // stopping it disturbs no other test.
    struct PrivateCluster {
        const QString dir =
            QStringLiteral("/tmp/keyward-pgrestart-%1").arg(QCoreApplication::applicationPid());
        const QString port = QStringLiteral("55433");
        bool run(const QString &action) const
        {
            QProcess script;
            script.start(qEnvironmentVariable("KEYWARD_PG_CLUSTER"), {action, dir, port});
            return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit &&
                   script.exitCode() == 0;
        }
        ~PrivateCluster() { run(QStringLiteral("stop")); }
    };

private slots:
    void aDroppedConnectionIsOpenedAgain()
    {
        TestDatabase test;
        const Database &database = *test.database();
        QVERIFY(selectOne(database));
        QVERIFY(selectOneKept(database));
        auto administrator = Database::open(test.url());
        QVERIFY(administrator);
        auto ended = Sql::exec(**administrator,
                               QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                              "pg_stat_activity WHERE datname = current_database() "
                                              "AND pid <> pg_backend_pid()"));
        QVERIFY(ended && ended->next() && ended->value(0).toBool());
        QVERIFY(!selectOne(database)); // found dead
        QTRY_VERIFY_WITH_TIMEOUT(selectOne(database), int(Database::reopenIntervalMs) + 1000);
        // What was prepared on the lost connection is prepared again.
        QVERIFY(selectOneKept(database));
    }

    // PostgreSQL stopped and started again: while it is down every query
    // fails at once, and once it is back they succeed on the same Database.
    void aRestartedServerIsReachedAgain()
    {
        const PrivateCluster cluster;
        QVERIFY(cluster.run(QStringLiteral("start")));
        const auto url =
            DatabaseUrl::parse(QStringLiteral("postgresql://kw@localhost:%1/postgres?host=%2")
                                   .arg(cluster.port, cluster.dir));
        QVERIFY(url);
        auto database = Database::open(*url);
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        QVERIFY(selectOne(**database));
        QVERIFY(selectOneKept(**database));

        QVERIFY(cluster.run(QStringLiteral("halt")));
        QElapsedTimer down;
        down.start();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!selectOne(**database));
            QTest::qWait(int(Database::reopenIntervalMs)); // each look tries to reconnect
        }
        QVERIFY2(down.elapsed() < 4 * Database::reopenIntervalMs + 2000, "failing is not fast");

        QVERIFY(cluster.run(QStringLiteral("resume")));
        QTRY_VERIFY_WITH_TIMEOUT(selectOne(**database), int(Database::reopenIntervalMs) + 2000);
        QVERIFY(selectOneKept(**database));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseReconnect)
#include "TestDatabaseReconnect.moc"
