// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Nobody can lock everybody out: the last active SuperAdmin cannot be
// deactivated or demoted (409 in the success envelope), not even by two
// changes racing; and the bootstrap SuperAdmin from KEYWARD_ADMIN_EMAIL is
// created on a store without users only, never again later.
#include "FreshStoreServer.h"
#include "domain/Bootstrap.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace keyward;

class TestLastSuperAdmin : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;
    User m_admin;

    InProcessServer::Headers as(const QString &email)
    {
        return {{"x-api-key", m_live->test.tenantKey(1)},
                {"Authorization", "Bearer " + m_live->test.userToken(email)}};
    }
    InProcessServer::Reply change(const QString &caller, qint64 id, const QJsonObject &body)
    {
        return m_live->http.send("PUT", QStringLiteral("/api/User/update/%1").arg(id), as(caller),
                                 QJsonDocument(body).toJson());
    }
    User user(qint64 id)
    {
        return m_live->test.services().users.get(TestServices::operatorActor(), id).value();
    }

private slots:
    void init()
    {
        m_live = std::make_unique<FreshStoreServer>();
        m_admin = m_live->test.services()
                      .users.list(TestServices::operatorActor(), 1, {1, 10})
                      .value()
                      .items.first();
        QCOMPARE(m_admin.role, Role::SuperAdmin);
    }

    void theLastSuperAdminStays_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("deactivate") << QJsonObject{{QStringLiteral("isActive"), false}};
        QTest::newRow("demote") << QJsonObject{{QStringLiteral("role"), QStringLiteral("Admin")}};
    }
    void theLastSuperAdminStays()
    {
        QFETCH(QJsonObject, body);
        const auto reply = change(TestServices::adminEmail, m_admin.id, body);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json().value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toArray().first().toString(),
                 QStringLiteral("The last active SuperAdmin cannot be deactivated or demoted; "
                                "make another user SuperAdmin first"));
        QVERIFY(user(m_admin.id).isActive);
        QCOMPARE(user(m_admin.id).role, Role::SuperAdmin);
        QCOMPARE(m_live->http
                     .post(QStringLiteral("/api/auth/login"),
                           {{QStringLiteral("email"), TestServices::adminEmail},
                            {QStringLiteral("password"), TestServices::adminPassword}})
                     .status,
                 200);
    }

    void withAnotherSuperAdminOneMayGo()
    {
        const User second =
            m_live->test.createUser(1, QStringLiteral("second@example.com"), Role::SuperAdmin);
        QCOMPARE(change(TestServices::adminEmail, m_admin.id, {{QStringLiteral("isActive"), false}})
                     .status,
                 200);
        // Now the second is the last.
        QCOMPARE(change(QStringLiteral("second@example.com"), second.id,
                        {{QStringLiteral("role"), QStringLiteral("User")}})
                     .status,
                 409);
    }

    void twoRacingChangesLeaveOne()
    {
        const User second =
            m_live->test.createUser(1, QStringLiteral("second@example.com"), Role::SuperAdmin);
        Services &services = m_live->test.services();
        for (int round = 0; round < 5; ++round) {
            std::atomic<int> ready = 0;
            std::array<bool, 2> succeeded{};
            std::array<qint64, 2> ids{m_admin.id, second.id};
            // QThreads, as the server's workers are: each thread's store
            // connection closes when its thread finishes.
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < 2; ++i) {
                threads.emplace_back(QThread::create([&, i] {
                    ++ready;
                    while (ready.load() < 2) {
                    }
                    UserService::Changes off;
                    off.isActive = false;
                    succeeded[size_t(i)] = bool(
                        services.users.update(TestServices::operatorActor(), ids[size_t(i)], off));
                }));
                threads.back()->start();
            }
            for (const auto &thread : threads)
                QVERIFY(thread->wait(30000));
            QCOMPARE(int(succeeded[0]) + int(succeeded[1]), 1);
            QVERIFY(user(m_admin.id).isActive != user(second.id).isActive);
            UserService::Changes on;
            on.isActive = true;
            for (const qint64 id : ids)
                QVERIFY(services.users.update(TestServices::operatorActor(), id, on));
        }
    }

    void theBootstrapAdminIsForAStoreWithoutUsers()
    {
        Bootstrap::Settings settings;
        settings.adminEmail = QStringLiteral("later@example.com");
        settings.adminPassword = QStringLiteral("laterpassword");
        QVERIFY(Bootstrap::ensureDefaults(m_live->test.services(), settings));
        QCOMPARE(m_live->test.services()
                     .users.list(TestServices::operatorActor(), std::nullopt, {1, 10})
                     .value()
                     .totalCount,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestLastSuperAdmin)
#include "TestLastSuperAdmin.moc"
