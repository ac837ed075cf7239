// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Login back-off per account and per address, counted in the store before a
// password is judged: two throttles on one store (two instances) see each
// other's attempts, and a burst gets no more judgements than allowed.
#include "TestDatabase.h"
#include "domain/LoginThrottle.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace keyward;

class TestLoginThrottle : public QObject {
    Q_OBJECT
private:
    static const QDateTime &now()
    {
        static const QDateTime time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        return time;
    }

private slots:
    void backOffDoublesPerAccount()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {3, 100, 1, 8, 900});
        const QString address = QStringLiteral("192.0.2.1");
        QDateTime at = now();
        for (int i = 0; i < 3; ++i) // judged (and failed)
            QVERIFY(throttle.admit(QStringLiteral("Ann@x.io"), address, at)->allowed);
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i) {
            const auto refused = throttle.admit(QStringLiteral("ANN@x.io"), address, at);
            QVERIFY(!refused->allowed);
            delays << refused->retryAfterSeconds;
            at = at.addSecs(refused->retryAfterSeconds);
            QVERIFY(throttle.admit(QStringLiteral("ann@x.io"), address, at)->allowed); // fails
        }
        QCOMPARE(delays, (QList<qint64>{1, 2, 4, 8, 8, 8})); // doubling, capped
        QVERIFY(
            throttle.admit(QStringLiteral("bob@x.io"), QStringLiteral("192.0.2.2"), at)->allowed);
        QVERIFY(throttle.recordSuccess(QStringLiteral("ann@x.io"), address, at));
        QVERIFY(
            throttle.admit(QStringLiteral("ann@x.io"), QStringLiteral("192.0.2.2"), at)->allowed);
    }

    void perAddressAcrossAccounts()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {100, 3, 1, 900, 900});
        const QString address = QStringLiteral("203.0.113.5");
        for (int i = 0; i < 3; ++i)
            QVERIFY(throttle.admit(QStringLiteral("user%1@x.io").arg(i), address, now())->allowed);
        const auto decision = throttle.admit(QStringLiteral("fresh@x.io"), address, now());
        QVERIFY(!decision->allowed);
        QCOMPARE(decision->retryAfterSeconds, 1);
        QVERIFY(throttle.admit(QStringLiteral("fresh@x.io"), QStringLiteral("203.0.113.6"), now())
                    ->allowed);
    }

    void successfulLoginsDoNotCountAgainstTheirAddress()
    {
        // An office behind one address logs in all day.
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {5, 3, 1, 900, 900});
        const QString office = QStringLiteral("198.51.100.1");
        for (int i = 0; i < 10; ++i) {
            const QString account = QStringLiteral("user%1@x.io").arg(i);
            QVERIFY(throttle.admit(account, office, now())->allowed);
            QVERIFY(throttle.recordSuccess(account, office, now()));
        }
        QVERIFY(throttle.admit(QStringLiteral("late@x.io"), office, now())->allowed);
    }

    void forgottenAfterTheResetWindow()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database(), {1, 100, 60, 900, 900});
        QVERIFY(
            throttle.admit(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.1"), now())->allowed);
        QVERIFY(
            !throttle.admit(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.9"), now())->allowed);
        QVERIFY(
            throttle
                .admit(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.9"), now().addSecs(901))
                ->allowed);
    }

    void instancesShareTheBackOff()
    {
        TestDatabase test;
        const LoginThrottle one(*test.database(), {2, 100, 1, 900, 900});
        const LoginThrottle other(*test.database(), {2, 100, 1, 900, 900});
        const QString address = QStringLiteral("192.0.2.1");
        QVERIFY(one.admit(QStringLiteral("a@x.io"), address, now())->allowed);
        QVERIFY(other.admit(QStringLiteral("a@x.io"), QStringLiteral("192.0.2.2"), now())->allowed);
        // Two failures, one on each instance: both refuse the third attempt.
        QVERIFY(!one.admit(QStringLiteral("a@x.io"), address, now())->allowed);
        QVERIFY(!other.admit(QStringLiteral("a@x.io"), address, now())->allowed);
        QVERIFY(one.recordSuccess(QStringLiteral("a@x.io"), address, now()));
        QVERIFY(other.admit(QStringLiteral("a@x.io"), address, now())->allowed);
    }

    void aBurstGetsNoMoreJudgementsThanAllowed()
    {
        // 24 attempts at once for one account (QThreads with their own
        // connections, as the server's workers): exactly the 5 allowed are
        // admitted to be judged.
        TestDatabase test;
        const LoginThrottle throttle(*test.database());
        std::atomic<int> admitted = 0;
        std::atomic<int> refused = 0;
        std::atomic<int> failed = 0;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < 24; ++t) {
            workers.emplace_back(QThread::create([&, t] {
                const auto decision = throttle.admit(QStringLiteral("target@x.io"),
                                                     QStringLiteral("192.0.2.%1").arg(t), now());
                if (!decision)
                    ++failed;
                else if (decision->allowed)
                    ++admitted;
                else
                    ++refused;
            }));
        }
        for (const auto &worker : workers)
            worker->start();
        for (const auto &worker : workers)
            QVERIFY(worker->wait(30000));
        QCOMPARE(failed.load(), 0);
        QCOMPARE(admitted.load(), 5);
        QCOMPARE(refused.load(), 19);
    }

    void whatWasTypedIsNotStored()
    {
        TestDatabase test;
        const LoginThrottle throttle(*test.database());
        // Someone typed a password into the email field.
        QVERIFY(
            throttle.admit(QStringLiteral("hunter2-secret"), QStringLiteral("192.0.2.7"), now()));
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
