// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// ApiKeyController called directly: tenant-key discovery (seed 001) and its
// refusals, a key created and decoded from its body, and the guard in front
// of the managed routes.
#include "ApiKeyController.h"
#include "ControllerCall.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestApiKeyController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<ApiKeyController> m_controller;

    HttpResponse discover(const QString &tenantId)
    {
        return m_controller->tenantKey(ControllerCall::request(
            "GET", QStringLiteral("/api/ApiKey/%1/apikey").arg(tenantId), {}, {}, {tenantId}));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<ApiKeyController>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void discoveryAnswersTheTenantKey()
    {
        const HttpResponse response = discover(QStringLiteral("1"));
        QCOMPARE(response.status, 200);
        const QJsonObject expected{
            {QStringLiteral("success"), true},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("key"), QString::fromLatin1(m_test->tenantKey(1))},
                         {QStringLiteral("isActive"), true},
                         {QStringLiteral("tenantId"), 1},
                         {QStringLiteral("tenantName"), QStringLiteral("Default")}}},
            {QStringLiteral("message"), QStringLiteral("API Key retrieved successfully")}};
        QCOMPARE(bodyOf(response), expected);
    }

    void discoveryRefusesInTheSeedsWords()
    {
        HttpResponse response = discover(QStringLiteral("99"));
        QCOMPARE(response.status, 404);
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(QStringLiteral("Tenant not found"),
                                        QStringLiteral("No tenant found with ID 99")));

        response = discover(QStringLiteral("x"));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(QStringLiteral("Invalid request"),
                                        QStringLiteral("tenantId must be a positive integer")));

        for (const ApiKey &key : m_test->keysOf(1).items) {
            if (key.kind != ApiKeyKind::Tenant)
                continue;
            KeyChanges disable;
            disable.status = KeyStatus::Disabled;
            QVERIFY(m_test->services().keys.update(TestServices::operatorActor(), key.id, disable));
        }
        response = discover(QStringLiteral("1"));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(
                     QStringLiteral("API Key is not active or expired"),
                     QStringLiteral("The API key for this tenant is currently inactive")));
    }

    void aKeyIsCreatedFromItsBody()
    {
        ControllerCall call(*m_test);
        const HttpResponse response = m_controller->create(ControllerCall::request(
            "POST", QStringLiteral("/api/ApiKey/create"), call.superAdmin(),
            {{QStringLiteral("name"), QStringLiteral("billing")},
             {QStringLiteral("permissions"), QJsonArray{QStringLiteral("read")}},
             {QStringLiteral("allowedIp"), QStringLiteral("10.0.0.0/8")},
             {QStringLiteral("rateLimit"), 60}}));
        QCOMPARE(response.status, 200);
        const QJsonObject data = bodyOf(response).value(QStringLiteral("data")).toObject();
        const QString secret = data.value(QStringLiteral("key")).toString();
        QVERIFY2(secret.startsWith(QStringLiteral("sk_")), response.body.constData());
        const auto stored = m_test->services().keys.get(
            TestServices::operatorActor(), data.value(QStringLiteral("id")).toInteger());
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("billing"));
        QCOMPARE(stored->permissions, QStringList{QStringLiteral("read")});
        QCOMPARE(stored->allowedNetworks, QStringLiteral("10.0.0.0/8"));
        QCOMPARE(stored->rateLimitPerMinute, std::optional<qint64>(60));
    }

    void aBadKindChangesNothing()
    {
        ControllerCall call(*m_test);
        const qint64 before = m_test->keysOf(1).totalCount;
        const HttpResponse response = m_controller->create(
            ControllerCall::request("POST", QStringLiteral("/api/ApiKey/create"), call.superAdmin(),
                                    {{QStringLiteral("name"), QStringLiteral("k")},
                                     {QStringLiteral("kind"), QStringLiteral("jwt")}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(QStringLiteral("Invalid request"),
                                        QStringLiteral("kind must be \"secret\" or \"tenant\"")));
        QCOMPARE(m_test->keysOf(1).totalCount, before);
    }

    void managedRoutesNeedBothCredentials()
    {
        ControllerCall call(*m_test);
        const auto onlyKey = ControllerCall::Headers{call.superAdmin().first()};
        const HttpResponse response = m_controller->getAll(
            ControllerCall::request("GET", QStringLiteral("/api/ApiKey/getAll"), onlyKey));
        QCOMPARE(response.status, 401);
        QCOMPARE(bodyOf(response).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Accesso negato: token non valido o mancante"));
        QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer "));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyController)
#include "TestApiKeyController.moc"
