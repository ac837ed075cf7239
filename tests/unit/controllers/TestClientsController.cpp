// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// ClientsController called directly: seed 003's two steps (a service id,
// then a key made from it) and its refusals in the status envelope.
#include "ClientsController.h"
#include "ControllerCall.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

namespace {

QJsonObject envelope(int status, const QString &message, const QJsonValue &data = QJsonValue::Null)
{
    return {{QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("data"), data}};
}

} // namespace

class TestClientsController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<ClientsController> m_controller;

    HttpResponse generateApiKey(const QJsonObject &body)
    {
        ControllerCall call(*m_test);
        return m_controller->generateApiKey(
            ControllerCall::request("POST", QStringLiteral("/api/clients/generate-api-key"),
                                    call.bearer(TestServices::adminEmail), body));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<ClientsController>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void aServiceIdMakesAKeyThatIsListedByItsPublicId()
    {
        ControllerCall call(*m_test);
        HttpResponse response = m_controller->generateServiceId(
            ControllerCall::request("POST", QStringLiteral("/api/clients/generate-service-id"),
                                    call.bearer(TestServices::adminEmail),
                                    {{QStringLiteral("name"), QStringLiteral("ingest")}}));
        QCOMPARE(response.status, 201);
        const QString serviceId = bodyOf(response)
                                      .value(QStringLiteral("data"))
                                      .toObject()
                                      .value(QStringLiteral("service_id"))
                                      .toString();
        QCOMPARE(serviceId.count(QLatin1Char('.')), 2);

        response = generateApiKey({{QStringLiteral("service_id"), serviceId}});
        QCOMPARE(response.status, 201);
        const QString secret = bodyOf(response)
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QCOMPARE(bodyOf(response), envelope(201, QStringLiteral("API Key created"),
                                            QJsonObject{{QStringLiteral("id"), secret}}));

        response = m_controller->listApiKeys(ControllerCall::request(
            "GET", QStringLiteral("/api/clients/api-keys"), call.bearer(TestServices::adminEmail)));
        QCOMPARE(response.status, 200);
        const QJsonArray items = bodyOf(response).value(QStringLiteral("data")).toArray();
        QCOMPARE(items.size(), 1);
        QVERIFY(!response.body.contains(secret.toLatin1())); // listed masked, by keyId
        QVERIFY(!items.first().toObject().value(QStringLiteral("keyId")).toString().isEmpty());
    }

    void generateApiKeyRefusesInTheSeedsWords()
    {
        HttpResponse response = generateApiKey({});
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response), envelope(400, QStringLiteral("Service ID is required")));

        response = generateApiKey({{QStringLiteral("service_id"), QStringLiteral("not-a-jwt")}});
        QCOMPARE(response.status, 403);
        QCOMPARE(bodyOf(response), envelope(403, QStringLiteral("Service ID expired or invalid")));

        response = m_controller->generateApiKey(
            ControllerCall::request("POST", QStringLiteral("/api/clients/generate-api-key"),
                                    {{"authorization", "Bearer nonsense"}},
                                    {{QStringLiteral("service_id"), QStringLiteral("x")}}));
        QCOMPARE(response.status, 401);
        QCOMPARE(bodyOf(response), envelope(401, QStringLiteral("Invalid JWT token")));
    }

    void aWrongLoginIsRefusedInTheStatusEnvelope()
    {
        const HttpResponse response = m_controller->login(
            ControllerCall::request("POST", QStringLiteral("/api/auth/login"), {},
                                    {{QStringLiteral("email"), TestServices::adminEmail},
                                     {QStringLiteral("password"), QStringLiteral("wrong")}}));
        QCOMPARE(response.status, 401);
        QCOMPARE(bodyOf(response), envelope(401, QStringLiteral("Invalid email or password")));
        QVERIFY(response.header("WWW-Authenticate").startsWith("Password "));
    }
};

QTEST_GUILESS_MAIN(TestClientsController)
#include "TestClientsController.moc"
