#include "domain/LoginThrottle.h"

#include <QTest>

using namespace keyward;

class TestLoginThrottle : public QObject {
    Q_OBJECT
private slots:
    void backOffDoublesPerAccount()
    {
        LoginThrottle throttle({3, 100, 1, 8, 900});
        QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 2; ++i)
            throttle.recordFailure(QStringLiteral("Ann@x.io"), address, now);
        QVERIFY(throttle.check(QStringLiteral("ann@x.io"), address, now).allowed);
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i) {
            throttle.recordFailure(QStringLiteral("ann@x.io"), address, now);
            delays << throttle.check(QStringLiteral("ANN@x.io"), address, now).retryAfterSeconds;
        }
        QCOMPARE(delays, (QList<qint64>{1, 2, 4, 8, 8, 8})); // doubling, capped
        QVERIFY(
            throttle.check(QStringLiteral("bob@x.io"), QStringLiteral("192.0.2.2"), now).allowed);
        throttle.recordSuccess(QStringLiteral("ann@x.io"));
        QVERIFY(
            throttle.check(QStringLiteral("ann@x.io"), QStringLiteral("192.0.2.2"), now).allowed);
    }
    void perAddressAcrossAccounts()
    {
        LoginThrottle throttle({100, 3, 1, 900, 900});
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QString address = QStringLiteral("203.0.113.5");
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(QStringLiteral("user%1@x.io").arg(i), address, now);
        const auto decision = throttle.check(QStringLiteral("fresh@x.io"), address, now);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.retryAfterSeconds, 1);
        QVERIFY(throttle.check(QStringLiteral("fresh@x.io"), QStringLiteral("203.0.113.6"), now)
                    .allowed);
    }
    void forgottenAfterTheResetWindow()
    {
        LoginThrottle throttle({1, 100, 60, 900, 900});
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        throttle.recordFailure(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.1"), now);
        QVERIFY(
            !throttle.check(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.9"), now).allowed);
        QVERIFY(
            throttle.check(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.9"), now.addSecs(901))
                .allowed);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
