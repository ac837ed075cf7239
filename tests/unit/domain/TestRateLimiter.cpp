#include "domain/RateLimiter.h"

#include <QTest>

using namespace keyward;

class TestRateLimiter : public QObject {
    Q_OBJECT
private slots:
    void fixedWindowPerKey()
    {
        RateLimiter limiter;
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(1700000020, Qt::UTC); // 40 s into a minute
        QVERIFY(limiter.consume(1, 2, start).allowed);
        QVERIFY(limiter.consume(1, 2, start).allowed);
        const auto refused = limiter.consume(1, 2, start);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 20);
        QVERIFY(limiter.consume(2, 2, start).allowed);             // another key has its own budget
        QVERIFY(limiter.consume(1, 2, start.addSecs(20)).allowed); // next window
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
