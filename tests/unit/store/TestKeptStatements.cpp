// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The lookups a cache miss makes run on statements each thread's connection
// keeps prepared (Sql::eachRowKept). Keeping them must change no answer: a
// kept statement sees what other connections commit, serves a lookup made
// while it is being read, recovers from a failed run, and goes with its
// thread and its Database without leaving a connection in use.
#include "OnNewThread.h"
#include "TestDatabase.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace keyward;

class TestKeptStatements : public QObject {
    Q_OBJECT
private:
    const QString byId = QStringLiteral("SELECT v FROM kept_probe WHERE id = ?");
    const QString all = QStringLiteral("SELECT id, v FROM kept_probe ORDER BY id");

    static void fill(const Database &database, int rows)
    {
        QSqlQuery create(database.connection()); // PostgreSQL prepares no DDL
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE kept_probe "
                                           "(id BIGINT PRIMARY KEY, v TEXT NOT NULL)")));
        QList<QVariantList> values;
        for (int id = 1; id <= rows; ++id)
            values.append({id, QStringLiteral("v%1").arg(id)});
        QVERIFY(Sql::execRows(database, QStringLiteral("INSERT INTO kept_probe (id, v) VALUES "),
                              QStringLiteral("(?, ?)"), QString(), values, 4));
    }

    // The values `sql` gives, read on the kept statement.
    static QStringList kept(const Database &database, const QString &sql,
                            const QVariantList &values = {})
    {
        QStringList read;
        const auto ran = Sql::eachRowKept(database, sql, values, [&read](const QSqlQuery &row) {
            read << row.value(row.record().count() - 1).toString();
        });
        if (!ran)
            read << QStringLiteral("error: ") + ran.error().detail;
        return read;
    }

private slots:
    void init()
    {
        // A connection removed while a kept statement still uses it says so.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    }

    void answersAsAFreshStatementWould()
    {
        TestDatabase test;
        fill(*test.database(), 10); // 10 rows in statements of 4: two kept, one not
        for (int round = 0; round < 3; ++round) {
            for (int id = 1; id <= 10; ++id)
                QCOMPARE(kept(*test.database(), byId, {id}),
                         QStringList{QStringLiteral("v%1").arg(id)});
            QCOMPARE(kept(*test.database(), byId, {11}), QStringList());
        }
        QCOMPARE(kept(*test.database(), all).size(), 10);
    }

    void seesWhatAnotherConnectionCommits()
    {
        TestDatabase test;
        fill(*test.database(), 3);
        QCOMPARE(kept(*test.database(), byId, {2}), QStringList{QStringLiteral("v2")});
        auto other = Database::open(test.url());
        QVERIFY(other);
        QVERIFY(
            Sql::exec(**other, QStringLiteral("UPDATE kept_probe SET v = 'changed' WHERE id = 2")));
        QCOMPARE(kept(*test.database(), byId, {2}), QStringList{QStringLiteral("changed")});
        if (TestDatabase::backend() == DatabaseUrl::Backend::SQLite) {
            // No kept statement holds a read snapshot: the other connection
            // can move the whole log into the database file.
            auto checkpoint = Sql::exec(**other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(checkpoint && checkpoint->next());
            QCOMPARE(checkpoint->value(0).toInt(), 0); // not blocked by a reader
        }
    }

    void aLookupWhileItIsReadRunsOnItsOwnStatement()
    {
        TestDatabase test;
        fill(*test.database(), 5);
        QStringList pairs;
        const auto ran = Sql::eachRowKept(*test.database(), all, {}, [&](const QSqlQuery &row) {
            const QStringList inner = kept(*test.database(), all);
            pairs << row.value(1).toString() + QLatin1Char('/') + QString::number(inner.size());
        });
        QVERIFY(ran);
        QCOMPARE(pairs, (QStringList{QStringLiteral("v1/5"), QStringLiteral("v2/5"),
                                     QStringLiteral("v3/5"), QStringLiteral("v4/5"),
                                     QStringLiteral("v5/5")}));
    }

    void aFailedRunIsReportedAndTheNextOneWorks()
    {
        TestDatabase test;
        fill(*test.database(), 4);
        const QString insert = QStringLiteral("INSERT INTO kept_probe (id, v) VALUES (?, ?)");
        const auto clash = Sql::eachRowKept(*test.database(), insert, {1, QStringLiteral("again")},
                                            [](const QSqlQuery &) {});
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, StoreError::Kind::UniqueViolation);
        QVERIFY(Sql::eachRowKept(*test.database(), insert, {5, QStringLiteral("v5")},
                                 [](const QSqlQuery &) {}));
        QCOMPARE(kept(*test.database(), byId, {5}), QStringList{QStringLiteral("v5")});
        QVERIFY(!Sql::eachRowKept(*test.database(), QStringLiteral("SELECT nothing FROM nowhere"),
                                  {}, [](const QSqlQuery &) {}));
    }

    // Each thread keeps its own statements on its own connection; they go
    // when the thread ends, before its connection is removed.
    void keptStatementsGoWithTheirThread()
    {
        TestDatabase test;
        fill(*test.database(), 3);
        QStringList fromThreads;
        for (int id = 1; id <= 3; ++id) {
            QVERIFY(onNewThread([&, id] { fromThreads += kept(*test.database(), byId, {id}); }));
        }
        QCOMPARE(fromThreads,
                 (QStringList{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")}));
    }

    // A thread's thread_local objects go in the reverse order of their
    // making, and before the program's statics: a Database owned by one made
    // before the thread's first kept statement (or by a static, as the fuzz
    // fixture's is, on the main thread at exit) goes after the statements.
    // Its destructor must not reach for them (AddressSanitizer saw it do so).
    void aDatabaseOutlivingItsThreadsStatementsClosesCleanly()
    {
        TestDatabase test;
        fill(*test.database(), 1);
        auto opened = Database::open(test.url());
        QVERIFY(opened);
        std::shared_ptr<Database> outliving = std::move(opened.value());
        const std::weak_ptr<Database> watch = outliving;
        QStringList read;
        QThread *thread = QThread::create([&] {
            thread_local struct Owner {
                std::shared_ptr<Database> database;
            } owner;
            owner.database = std::move(outliving);
            read = kept(*owner.database, byId, {1});
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        QTRY_VERIFY(watch.expired()); // thread_local objects go after finished()
        delete thread;
        QCOMPARE(read, QStringList{QStringLiteral("v1")});
    }
};

QTEST_GUILESS_MAIN(TestKeptStatements)
#include "TestKeptStatements.moc"
