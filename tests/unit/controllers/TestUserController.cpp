// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// UserController called directly: a tenant's users for its Admins, users
// created and changed from bodies, and what a plain User may not do.
#include "ControllerCall.h"
#include "UserController.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestUserController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<UserController> m_controller;

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<UserController>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void aUserIsCreatedWithTheRoleTheBodyNames()
    {
        ControllerCall call(*m_test);
        HttpResponse response = m_controller->create(ControllerCall::request(
            "POST", QStringLiteral("/api/User/create"), call.superAdmin(),
            {{QStringLiteral("email"), QStringLiteral("ops@example.com")},
             {QStringLiteral("password"), QStringLiteral("a long password")},
             {QStringLiteral("role"), QStringLiteral("Admin")}}));
        QCOMPARE(response.status, 200);
        const QJsonObject data = bodyOf(response).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("email")).toString(), QStringLiteral("ops@example.com"));
        QCOMPARE(data.value(QStringLiteral("role")).toString(), QStringLiteral("Admin"));
        QCOMPARE(data.value(QStringLiteral("tenantId")).toInteger(), 1);
        QVERIFY(!response.body.contains("a long password"));
        QVERIFY(!data.contains(QStringLiteral("passwordHash")));

        response = m_controller->getAll(
            ControllerCall::request("GET", QStringLiteral("/api/User/getAll"), call.superAdmin()));
        QCOMPARE(response.status, 200);
        QCOMPARE(bodyOf(response)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("totalCount"))
                     .toInteger(),
                 2);
    }

    void aBadRoleChangesNothing()
    {
        ControllerCall call(*m_test);
        const HttpResponse response = m_controller->create(ControllerCall::request(
            "POST", QStringLiteral("/api/User/create"), call.superAdmin(),
            {{QStringLiteral("email"), QStringLiteral("x@example.com")},
             {QStringLiteral("password"), QStringLiteral("a long password")},
             {QStringLiteral("role"), QStringLiteral("Root")}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(QStringLiteral("Invalid request"),
                                        QStringLiteral("role must be SuperAdmin, Admin or User")));
        const auto users = m_test->services().users.list(TestServices::operatorActor(), 1, {1, 50});
        QVERIFY(users);
        QCOMPARE(users->totalCount, 1);
    }

    void aPlainUserMayNotListUsers()
    {
        m_test->createUser(1, QStringLiteral("plain@example.com"), Role::User);
        const HttpResponse response = m_controller->getAll(ControllerCall::request(
            "GET", QStringLiteral("/api/User/getAll"),
            {{"x-api-key", m_test->tenantKey(1)},
             {"authorization",
              "Bearer " + m_test->userToken(QStringLiteral("plain@example.com"))}}));
        QCOMPARE(response.status, 403);
        QCOMPARE(bodyOf(response).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Forbidden - Insufficient permissions"));
    }
};

QTEST_GUILESS_MAIN(TestUserController)
#include "TestUserController.moc"
