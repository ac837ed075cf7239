// Per-key budgets in fixed one-minute windows, counted in the store: two
// limiters on one store (two instances) spend one budget.
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
    void fixedWindowPerKey()
    {
        TestServices test;
        const qint64 first = newKey(test);
        const qint64 second = newKey(test);
        const RateLimiter limiter(*test.services().database);
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(1700000020, Qt::UTC); // 40 s into a minute
        QVERIFY(limiter.consume(first, 2, start)->allowed);
        QVERIFY(limiter.consume(first, 2, start)->allowed);
        const auto refused = limiter.consume(first, 2, start);
        QVERIFY(!refused->allowed);
        QCOMPARE(refused->retryAfterSeconds, 20);
        QVERIFY(limiter.consume(second, 2, start)->allowed); // another key has its own budget
        QVERIFY(limiter.consume(first, 2, start.addSecs(20))->allowed); // next window
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

    void concurrentUsesAreEachCounted()
    {
        TestServices test;
        const qint64 key = newKey(test);
        const RateLimiter limiter(*test.services().database);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        constexpr int threads = 4;
        constexpr int usesEach = 25;
        std::atomic<int> allowed = 0;
        std::atomic<int> failed = 0;
        // QThreads, as the server's workers are: each thread's connection
        // closes when its thread finishes.
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&] {
                for (int i = 0; i < usesEach; ++i) {
                    const auto decision = limiter.consume(key, 60, now);
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
        QCOMPARE(allowed.load(), 60); // exactly the budget, out of 100 attempts
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
