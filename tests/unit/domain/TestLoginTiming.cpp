// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// A refused login costs the same whether or not the account exists, so its
// time does not tell an attacker which emails are registered: an unknown
// account still pays a full scrypt verification (against a decoy hash).
// Medians of interleaved rounds, compared with each other in the same run;
// without the decoy the unknown account would answer some 1,000 times sooner.
#include "TestServices.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace keyward;

namespace {

qint64 median(QList<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

class TestLoginTiming : public QObject {
    Q_OBJECT
private slots:
    void failurePathTakesTheSameTime()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        test.createUser(1, QStringLiteral("known@example.com"), Role::User);
        const User inactive =
            test.createUser(1, QStringLiteral("inactive@example.com"), Role::User);
        UserService::Changes deactivate;
        deactivate.isActive = false;
        QVERIFY(
            test.services().users.update(TestServices::operatorActor(), inactive.id, deactivate));

        struct Case {
            const char *name;
            QString email;
            QString password;
            qint64 tenant;
            QList<qint64> nanoseconds;
        };
        QList<Case> cases{
            {"known account, wrong password",
             QStringLiteral("known@example.com"),
             QStringLiteral("wrong-password"),
             1,
             {}},
            {"unknown account",
             QStringLiteral("unknown@example.com"),
             QStringLiteral("wrong-password"),
             1,
             {}},
            {"inactive account, right password",
             QStringLiteral("inactive@example.com"),
             QStringLiteral("userpassword"),
             1,
             {}},
            {"known account, other tenant's key",
             QStringLiteral("known@example.com"),
             QStringLiteral("userpassword"),
             other.id,
             {}},
        };
        const auto &auth = test.services().auth;
        constexpr int rounds = 9;
        for (int round = 0; round < rounds; ++round) {
            for (Case &c : cases) {
                // Past the throttle's reset window: every attempt is judged.
                test.clock().advance(1000);
                QElapsedTimer timer;
                timer.start();
                auto result =
                    auth.login(c.email, c.password, c.tenant, QStringLiteral("192.0.2.9"));
                c.nanoseconds.append(timer.nsecsElapsed());
                QVERIFY(!result);
                QCOMPARE(result.error().reason, AuthService::Failure::Rejected);
            }
        }
        const qint64 reference = median(cases.first().nanoseconds);
        for (const Case &c : cases) {
            const double ratio = double(median(c.nanoseconds)) / double(reference);
            qInfo("%-36s median %6.1f ms, ratio %.2f", c.name, median(c.nanoseconds) / 1e6, ratio);
            QVERIFY2(ratio > 0.67 && ratio < 1.5, c.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestLoginTiming)
#include "TestLoginTiming.moc"
