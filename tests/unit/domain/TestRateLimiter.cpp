// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Per-key budgets over a sliding minute, counted in the store: two limiters
// on one store (two instances) spend one budget.
#include "TestServices.h"
#include "domain/RateLimiter.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace keyward;

class TestRateLimiter : public QObject {
    Q_OBJECT
private:
    static qint64 newKey(TestServices &test)
    {
        NewKey request;
        request.name = QStringLiteral("limited");
        request.permissions = {QStringLiteral("read")};
        return test.createKey(1, request).key.id;
    }

private slots:
    void noSixtySecondSpanExceedsTheLimit()
    {
        // The misuse a fixed window allowed: spend the budget at the end of
        // one minute and again at the start of the next.
        TestServices test;
        const qint64 first = newKey(test);
        const qint64 second = newKey(test);
        const RateLimiter limiter(*test.services().database);
        const QDateTime endOfMinute = QDateTime::fromMSecsSinceEpoch(
            Q_INT64_C(1700000039500), Qt::UTC); // 59.5 s into a minute
        for (int use = 0; use < 10; ++use)
            QVERIFY(limiter.consume(first, 10, endOfMinute)->allowed);
        const auto refused = limiter.consume(first, 10, endOfMinute.addSecs(1));
        QVERIFY(!refused->allowed);
        QCOMPARE(refused->retryAfterSeconds, 60);
        QVERIFY(limiter.consume(second, 10, endOfMinute)->allowed); // another key, own budget
        // Refused attempts are not counted: the budget comes back whole, a
        // minute (and at most a second) after it was spent.
        QVERIFY(!limiter.consume(first, 10, endOfMinute.addSecs(60))->allowed);
        for (int use = 0; use < 10; ++use)
            QVERIFY(limiter.consume(first, 10, endOfMinute.addSecs(61))->allowed);
        QVERIFY(!limiter.consume(first, 10, endOfMinute.addSecs(61))->allowed);
    }

    void usesLeaveTheWindowOneSecondAtATime()
    {
        TestServices test;
        const qint64 key = newKey(test);
        const RateLimiter limiter(*test.services().database);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(limiter.consume(key, 3, start)->allowed);
        QVERIFY(limiter.consume(key, 3, start.addSecs(20))->allowed);
        QVERIFY(limiter.consume(key, 3, start.addSecs(40))->allowed);
        const auto refused = limiter.consume(key, 3, start.addSecs(50));
        QVERIFY(!refused->allowed);
        QCOMPARE(refused->retryAfterSeconds, 11); // the first use leaves at +61 s
        QVERIFY(!limiter.consume(key, 3, start.addSecs(60))->allowed);
        QVERIFY(limiter.consume(key, 3, start.addSecs(61))->allowed);
        QVERIFY(!limiter.consume(key, 3, start.addSecs(62))->allowed);
        QVERIFY(limiter.consume(key, 3, start.addSecs(81))->allowed);
    }

    void instancesShareOneBudget()
    {
        TestServices test;
        const qint64 key = newKey(test);
        const RateLimiter one(*test.services().database);
        const RateLimiter other(*test.services().database);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(one.consume(key, 3, now)->allowed);
        QVERIFY(other.consume(key, 3, now)->allowed);
        QVERIFY(one.consume(key, 3, now)->allowed);
        QVERIFY(!other.consume(key, 3, now)->allowed);
        QVERIFY(!one.consume(key, 3, now)->allowed);
    }

    // Claimed a lease (limit / 60 uses) at a time and spent in memory:
    // still never more than the limit together, and what one instance
    // left unspent is given back at its next claim.
    void leasesNeverExceedTheLimit()
    {
        TestServices test;
        const qint64 key = newKey(test);
        const RateLimiter one(*test.services().database);
        const RateLimiter other(*test.services().database);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(RateLimiter::leaseSize(600), 10);
        QVERIFY(one.consume(key, 600, start)->allowed); // holds 9 more
        int allowed = 1;
        for (int i = 0; i < 700; ++i)
            allowed += other.consume(key, 600, start.addSecs(1))->allowed ? 1 : 0;
        QCOMPARE(allowed, 591); // 9 held back by `one`
        QVERIFY(!other.consume(key, 600, start.addSecs(2))->allowed);
        for (int i = 0; i < 20; ++i) // `one` gives its 9 back, then spends them
            allowed += one.consume(key, 600, start.addSecs(2))->allowed ? 1 : 0;
        QCOMPARE(allowed, 600);
        QVERIFY(!other.consume(key, 600, start.addSecs(60))->allowed);
        QVERIFY(other.consume(key, 600, start.addSecs(61))->allowed); // the first second left
    }

    void aChangedLimitIsHonouredAtOnce()
    {
        TestServices test;
        const qint64 key = newKey(test);
        const RateLimiter limiter(*test.services().database);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(limiter.consume(key, 1, now)->allowed);
        QVERIFY(!limiter.consume(key, 1, now)->allowed);           // remembered for 61 s...
        QVERIFY(limiter.consume(key, 2, now.addSecs(1))->allowed); // ...for the old limit only
    }

    void concurrentUsesAreEachCounted_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("a lease of 1") << 60;
        QTest::newRow("a lease of 10") << 600;
    }

    void concurrentUsesAreEachCounted()
    {
        QFETCH(const int, limit);
        TestServices test;
        const qint64 key = newKey(test);
        const RateLimiter limiter(*test.services().database);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        constexpr int threads = 4;
        const int usesEach = limit * 5 / 12;
        std::atomic<int> allowed = 0;
        std::atomic<int> failed = 0;
        // QThreads, as the server's workers are: each thread's connection
        // closes when its thread finishes.
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&] {
                for (int i = 0; i < usesEach; ++i) {
                    const auto decision = limiter.consume(key, limit, now);
                    if (!decision)
                        ++failed;
                    else if (decision->allowed)
                        ++allowed;
                }
            }));
            workers.back()->start();
        }
        for (const auto &worker : workers)
            QVERIFY(worker->wait(30000));
        QCOMPARE(failed.load(), 0);
        QCOMPARE(allowed.load(), limit); // exactly the budget, out of 5/3 of it
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
