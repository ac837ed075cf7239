// Login back-off per account and per address, counted in the store: two
// throttles on one store (two instances) see each other's failures.
#include "TestDatabase.h"
#include "domain/LoginThrottle.h"

#include <QSqlQuery>
#include <QTest>

using namespace keyward;

class TestLoginThrottle : public QObject {
    Q_OBJECT
private slots:
    void backOffDoublesPerAccount()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {3, 100, 1, 8, 900});
        QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QString address = QStringLiteral("192.0.2.1");
        for (int i = 0; i < 2; ++i)
            QVERIFY(throttle.recordFailure(QStringLiteral("Ann@x.io"), address, now));
        QVERIFY(throttle.check(QStringLiteral("ann@x.io"), address, now)->allowed);
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i) {
            QVERIFY(throttle.recordFailure(QStringLiteral("ann@x.io"), address, now));
            delays << throttle.check(QStringLiteral("ANN@x.io"), address, now)->retryAfterSeconds;
        }
        QCOMPARE(delays, (QList<qint64>{1, 2, 4, 8, 8, 8})); // doubling, capped
        QVERIFY(
            throttle.check(QStringLiteral("bob@x.io"), QStringLiteral("192.0.2.2"), now)->allowed);
        QVERIFY(throttle.recordSuccess(QStringLiteral("ann@x.io")));
        QVERIFY(
            throttle.check(QStringLiteral("ann@x.io"), QStringLiteral("192.0.2.2"), now)->allowed);
    }
    void perAddressAcrossAccounts()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {100, 3, 1, 900, 900});
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QString address = QStringLiteral("203.0.113.5");
        for (int i = 0; i < 3; ++i)
            QVERIFY(throttle.recordFailure(QStringLiteral("user%1@x.io").arg(i), address, now));
        const auto decision = throttle.check(QStringLiteral("fresh@x.io"), address, now);
        QVERIFY(!decision->allowed);
        QCOMPARE(decision->retryAfterSeconds, 1);
        QVERIFY(throttle.check(QStringLiteral("fresh@x.io"), QStringLiteral("203.0.113.6"), now)
                    ->allowed);
    }
    void forgottenAfterTheResetWindow()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {1, 100, 60, 900, 900});
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(throttle.recordFailure(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.1"), now));
        QVERIFY(
            !throttle.check(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.9"), now)->allowed);
        QVERIFY(
            throttle.check(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.9"), now.addSecs(901))
                ->allowed);
    }
    void instancesShareTheBackOff()
    {
        TestDatabase test;
        const LoginThrottle one(*test.database(), {2, 100, 1, 900, 900});
        const LoginThrottle other(*test.database(), {2, 100, 1, 900, 900});
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QString address = QStringLiteral("192.0.2.1");
        QVERIFY(one.recordFailure(QStringLiteral("a@x.io"), address, now));
        QVERIFY(other.recordFailure(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.2"), now));
        // Two failures, one on each instance: both refuse the third attempt.
        QVERIFY(!one.check(QStringLiteral("a@x.io"), address, now)->allowed);
        QVERIFY(!other.check(QStringLiteral("a@x.io"), address, now)->allowed);
        QVERIFY(one.recordSuccess(QStringLiteral("a@x.io")));
        QVERIFY(other.check(QStringLiteral("a@x.io"), address, now)->allowed);
    }
    void whatWasTypedIsNotStored()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database());
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        // Someone typed a password into the email field.
        QVERIFY(throttle.recordFailure(QStringLiteral("hunter2-secret"),
                                       QStringLiteral("192.0.2.7"), now));
        QSqlQuery rows(test.database()->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT subject FROM login_failures")));
        int count = 0;
        while (rows.next()) {
            ++count;
            const QString subject = rows.value(0).toString();
            QVERIFY(!subject.contains(QStringLiteral("hunter2")));
            QVERIFY(!subject.contains(QStringLiteral("192.0.2.7")));
        }
        QCOMPARE(count, 2); // the account and the address, as digests
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
