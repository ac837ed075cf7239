// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// UsageRecorder: verifications counted in memory and written in batches
// (per hour and outcome, the key's uses, its recent addresses), nothing lost
// when the buffer fills, and history pruned after the retention.
#include "UsageArrange.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace keyward;
using Verdict = KeyVerifier::Outcome;

class TestUsageRecorder : public QObject, UsageArrange {
    Q_OBJECT
    // A store whose addresses table is renamed away fails a slice after its
    // uses are written, before its counts are.
    static bool renameTable(TestServices &test, const QString &from, const QString &to)
    {
        QSqlQuery rename(test.services().database->connection());
        return rename.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
    }

private slots:
    void countsReachTheStoreOnlyWhenFlushed()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        for (int i = 0; i < 50; ++i)
            verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 0);
        QCOMPARE(report(test, issued.key.id).accepted, 0);
        QVERIFY(test.services().usage.flush());
        // Fifty uses in one hour are one row, not fifty.
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 1);
        QCOMPARE(report(test, issued.key.id).accepted, 50);
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 1);
        QCOMPARE(report(test, issued.key.id).accepted, 51);
        QVERIFY(test.services().usage.flush()); // nothing new: nothing written
        QCOMPARE(report(test, issued.key.id).accepted, 51);
    }

    void aFlushOfManyKeysKeepsEachKeysCounts()
    {
        // More rows than one statement carries, for counts and addresses:
        // every key still reads back exactly its own.
        TestServices test;
        QList<IssuedKey> issued;
        for (int index = 0; index < 130; ++index)
            issued.append(test.createKey(1, restricted()));
        for (int index = 0; index < issued.size(); ++index) {
            for (int use = 0; use <= index % 3; ++use)
                verify(test, issued[index].secret, QStringLiteral("10.0.0.%1").arg(index % 200));
            verify(test, issued[index].secret, QStringLiteral("192.0.2.%1").arg(index % 200));
        }
        QVERIFY(test.services().usage.flush());
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 260);
        QCOMPARE(rows(test, QStringLiteral("key_usage_addresses")), 260);
        for (int index = 0; index < issued.size(); ++index) {
            const KeyUsageReport made = report(test, issued[index].key.id);
            QCOMPARE(made.accepted, index % 3 + 1);
            QCOMPARE(made.refused.value(QStringLiteral("address_not_allowed")), 1);
            QCOMPARE(made.recentAddresses.size(), 2);
            for (const auto &sighting : made.recentAddresses)
                QCOMPARE(sighting.outcome, sighting.address.startsWith(QLatin1String("192."))
                                               ? QStringLiteral("address_not_allowed")
                                               : QStringLiteral("accepted"));
        }
        QCOMPARE(
            test.services().keys.get(TestServices::operatorActor(), issued.last().key.id)->useCount,
            (issued.size() - 1) % 3 + 1);
    }

    void moreVerificationsThanTheBufferHoldsAreAllCounted()
    {
        // A flush that does not keep up: the buffer is folded on the
        // recording thread and nothing is lost.
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        const qint64 uses = qint64(UsageRecorder::maxEvents) + 5;
        const QDateTime now = test.clock().now();
        for (qint64 use = 0; use < uses; ++use)
            test.services().usage.record(
                issued.key.id, now, Verdict::Accepted,
                QStringLiteral("10.0.%1.%2").arg(use / 250 % 250).arg(use % 250));
        test.services().usage.record(issued.key.id, now, Verdict::RateLimited,
                                     QStringLiteral("192.0.2.1"));
        QVERIFY(test.services().usage.flush());
        const KeyUsageReport made = report(test, issued.key.id);
        QCOMPARE(made.accepted, uses);
        QCOMPARE(made.refused.value(QStringLiteral("rate_limited")), 1);
        QCOMPARE(made.recentAddresses.size(), UsageRecorder::addressesPerKey);
    }

    void aBacklogIsWrittenInSlicesAndAFailedSliceIsKept()
    {
        // Seven keys per transaction: the counts of thirty keys all arrive.
        // A store that fails part way keeps what was not written, and once
        // it works again nothing is written twice.
        TestServices test;
        UsageRecorder recorder(*test.services().database, 7);
        QList<IssuedKey> issued;
        for (int index = 0; index < 30; ++index)
            issued.append(test.createKey(1, restricted()));
        const QDateTime now = test.clock().now();
        const auto recordAll = [&] {
            for (int index = 0; index < issued.size(); ++index) {
                for (int use = 0; use <= index % 3; ++use)
                    recorder.record(issued[index].key.id, now, Verdict::Accepted,
                                    QStringLiteral("10.0.0.1"));
                recorder.record(issued[index].key.id, now, Verdict::RateLimited,
                                QStringLiteral("192.0.2.1"));
            }
        };
        const auto expect = [&](int rounds) {
            for (int index = 0; index < issued.size(); ++index) {
                const KeyUsageReport made = report(test, issued[index].key.id);
                QCOMPARE(made.accepted, rounds * (index % 3 + 1));
                QCOMPARE(made.refused.value(QStringLiteral("rate_limited")), rounds);
                QCOMPARE(made.recentAddresses.size(), 2);
                QCOMPARE(test.services()
                             .keys.get(TestServices::operatorActor(), issued[index].key.id)
                             ->useCount,
                         rounds * (index % 3 + 1));
            }
        };
        recordAll();
        QVERIFY(recorder.flush());
        expect(1);

        QVERIFY(renameTable(test, QStringLiteral("key_usage_addresses"), QStringLiteral("away")));
        recordAll();
        QVERIFY(!recorder.flush()); // a slice's uses written, its counts not
        QCOMPARE(recorder.keysWaiting(), issued.size());
        QVERIFY(renameTable(test, QStringLiteral("away"), QStringLiteral("key_usage_addresses")));
        QVERIFY(recorder.flush());
        QCOMPARE(recorder.keysWaiting(), 0);
        expect(2);
    }

    void usesRecordedWhileAFlushWritesAreCountedOnce()
    {
        // Three keys per slice, and another thread recording all along: what
        // arrives between two slices joins its key's entry, whether that key
        // was written already in this flush or not. Every flush ends, and in
        // the end each use is counted exactly once.
        TestServices test;
        UsageRecorder recorder(*test.services().database, 3);
        QList<qint64> ids;
        for (int index = 0; index < 40; ++index)
            ids.append(test.createKey(1, restricted()).key.id);
        constexpr int rounds = 200;
        constexpr int roundsPerFlush = 20;
        const QDateTime now = test.clock().now();
        std::atomic<int> flushes = 0;
        // Every roundsPerFlush rounds the recording waits for one more flush
        // to end, so recording and flushing overlap however the threads are
        // scheduled.
        std::unique_ptr<QThread> recording(QThread::create([&] {
            for (int round = 0; round < rounds; ++round) {
                for (const qint64 id : ids)
                    recorder.record(id, now, Verdict::Accepted, QStringLiteral("10.0.0.1"));
                if (round % roundsPerFlush == roundsPerFlush - 1) {
                    const int seen = flushes.load();
                    const QDeadlineTimer patience(10'000);
                    while (flushes.load() == seen && !patience.hasExpired())
                        QThread::yieldCurrentThread();
                }
            }
        }));
        recording->start();
        while (!recording->isFinished()) {
            QVERIFY(recorder.flush());
            ++flushes;
        }
        QVERIFY(recording->wait(10'000));
        QVERIFY(recorder.flush());
        QVERIFY(flushes.load() >= rounds / roundsPerFlush);
        QCOMPARE(recorder.keysWaiting(), 0);
        for (const qint64 id : std::as_const(ids)) {
            QCOMPARE(report(test, id).accepted, rounds);
            QCOMPARE(test.services().keys.get(TestServices::operatorActor(), id)->useCount, rounds);
        }
    }

    void slicesAreWrittenInTheOrderOfKeyIds()
    {
        // Neighbouring keys share the store's pages, so slices go in key
        // order: recorded last to first, the first slice written is still
        // the five lowest ids (the store fails before a second).
        TestServices test;
        UsageRecorder recorder(*test.services().database, 5);
        QList<IssuedKey> issued;
        for (int index = 0; index < 20; ++index)
            issued.append(test.createKey(1, restricted()));
        for (auto key = issued.crbegin(); key != issued.crend(); ++key)
            recorder.record(key->key.id, test.clock().now(), Verdict::Accepted,
                            QStringLiteral("10.0.0.1"));
        QVERIFY(renameTable(test, QStringLiteral("key_usage_addresses"), QStringLiteral("away")));
        QVERIFY(!recorder.flush());
        QList<qint64> used;
        for (const IssuedKey &key : std::as_const(issued)) {
            if (test.services().keys.get(TestServices::operatorActor(), key.key.id)->useCount > 0)
                used.append(key.key.id);
        }
        QList<qint64> lowest;
        for (int index = 0; index < 5; ++index)
            lowest.append(issued[index].key.id);
        QCOMPARE(used, lowest);
    }

    void anAddressLongerThanAnyClientsIsCut()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        test.services().usage.record(issued.key.id, test.clock().now(), Verdict::Accepted,
                                     QString(200, QLatin1Char('a')));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(report(test, issued.key.id).recentAddresses.value(0).address,
                 QString(63, QLatin1Char('a')));
    }

    void recentAddressesAreBoundedPerKey()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        for (int i = 1; i <= 15; ++i) {
            verify(test, issued.secret, QStringLiteral("10.0.0.%1").arg(i));
            test.clock().advance(1);
        }
        QVERIFY(test.services().usage.flush());
        const auto first = report(test, issued.key.id).recentAddresses;
        QCOMPARE(first.size(), UsageRecorder::addressesPerKey);
        QCOMPARE(first.first().address, QStringLiteral("10.0.0.15"));
        QCOMPARE(first.last().address, QStringLiteral("10.0.0.6"));

        for (int i = 1; i <= 10; ++i) {
            verify(test, issued.secret, QStringLiteral("10.9.0.%1").arg(i));
            test.clock().advance(1);
        }
        QVERIFY(test.services().usage.flush());
        QCOMPARE(rows(test, QStringLiteral("key_usage_addresses")), 20);
        QVERIFY(test.services().usage.prune(test.clock().now(), 90));
        QCOMPARE(rows(test, QStringLiteral("key_usage_addresses")), 10);
        QCOMPARE(report(test, issued.key.id).recentAddresses.first().address,
                 QStringLiteral("10.9.0.10"));
    }

    void usageOlderThanTheRetentionIsPruned()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QVERIFY(test.services().usage.flush());
        test.clock().advance(40 * 86400);
        verify(test, issued.secret, QStringLiteral("10.0.0.2"));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(report(test, issued.key.id, QStringLiteral("60d")).accepted, 2);

        QVERIFY(test.services().usage.prune(test.clock().now(), 90)); // both within 90 days
        QCOMPARE(report(test, issued.key.id, QStringLiteral("60d")).accepted, 2);
        QVERIFY(test.services().usage.prune(test.clock().now(), 30));
        const KeyUsageReport kept = report(test, issued.key.id, QStringLiteral("60d"));
        QCOMPARE(kept.accepted, 1);
        QCOMPARE(kept.recentAddresses.size(), 1);
        QCOMPARE(kept.recentAddresses.first().address, QStringLiteral("10.0.0.2"));
        // The key's own use count is not usage history: it stays.
        QCOMPARE(test.services().keys.get(TestServices::operatorActor(), issued.key.id)->useCount,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestUsageRecorder)
#include "TestUsageRecorder.moc"
