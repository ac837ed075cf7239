// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Every SQLite connection, whichever thread opens it, is set up the same
// way: foreign keys enforced, the write-ahead log with synchronous=NORMAL,
// and a small page cache (each thread has its own connection).
#include "OnNewThread.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace keyward;

class TestSqliteSession : public QObject {
    Q_OBJECT
    static QVariant pragma(const Database &database, const QString &name)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return QStringLiteral("error");
        return query.value(0);
    }

    static QVariantList session(const Database &database)
    {
        return {pragma(database, QStringLiteral("foreign_keys")),
                pragma(database, QStringLiteral("journal_mode")),
                pragma(database, QStringLiteral("synchronous")),
                pragma(database, QStringLiteral("cache_size"))};
    }

private slots:
    void everyConnectionIsSetUpAlike()
    {
        TestDatabase test;
        const QVariantList expected{1, QStringLiteral("wal"), 1 /* NORMAL */, -512 /* KiB */};
        QCOMPARE(session(*test.database()), expected);
        QVariantList onAnotherThread;
        QVERIFY(onNewThread([&] { onAnotherThread = session(*test.database()); }));
        QCOMPARE(onAnotherThread, expected);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSession)
#include "TestSqliteSession.moc"
