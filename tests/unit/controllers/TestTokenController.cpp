// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// TokenController called directly: key → JWT exchange (seed 000) on both
// its paths (from memory on the event loop, or through the store), and the
// login's refusal in the success envelope.
#include "ControllerCall.h"
#include "TokenController.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestTokenController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<TokenController> m_controller;

    QByteArray keyWith(const QStringList &permissions)
    {
        NewKey request;
        request.name = QStringLiteral("exchange");
        request.permissions = permissions;
        return m_test->createKey(1, request).secret;
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<TokenController>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void aKeyIsExchangedForAToken()
    {
        const QByteArray key = keyWith({QStringLiteral("token:generate")});
        const HttpResponse response = m_controller->generateFromApiKey(ControllerCall::request(
            "GET", QStringLiteral("/api/Token/generate-from-apikey"), {{"x-api-key", key}}));
        QCOMPARE(response.status, 200);
        const QJsonObject body = bodyOf(response);
        QCOMPARE(body.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Token generated successfully"));
        const QString token = body.value(QStringLiteral("data")).toString();
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        QVERIFY(m_test->services().tokens.verify(token.toLatin1()));
    }

    // The event loop's path answers only from memory; once it can, it
    // answers as the store's path does.
    void theQuickPathAgreesWithTheStoresPath()
    {
        const QByteArray key = keyWith({QStringLiteral("read")}); // lacks token:generate
        const HttpRequest request = ControllerCall::request(
            "GET", QStringLiteral("/api/Token/generate-from-apikey"), {{"x-api-key", key}});
        QVERIFY(!m_controller->generateFromApiKeyQuickly(request)); // not read yet
        const HttpResponse slow = m_controller->generateFromApiKey(request);
        const auto quick = m_controller->generateFromApiKeyQuickly(request);
        QVERIFY(quick);
        QCOMPARE(slow.status, 422);
        QCOMPARE(quick->status, slow.status);
        QCOMPARE(quick->body, slow.body);
    }

    void aMissingKeyIsRefusedWithTheSeedsWords()
    {
        const HttpRequest request =
            ControllerCall::request("GET", QStringLiteral("/api/Token/generate-from-apikey"));
        for (const HttpResponse &response : {m_controller->generateFromApiKey(request),
                                             *m_controller->generateFromApiKeyQuickly(request)}) {
            QCOMPARE(response.status, 401);
            QCOMPARE(bodyOf(response),
                     successEnvelopeFailure(QStringLiteral("API Key is missing."),
                                            QStringLiteral("Missing x-api-key header")));
            QVERIFY(response.header("WWW-Authenticate").startsWith("ApiKey "));
        }
    }

    void aWrongPasswordIsRefusedAndNamesTheCredential()
    {
        const HttpResponse response = m_controller->generate(ControllerCall::request(
            "POST", QStringLiteral("/api/Token/generate"), {{"x-api-key", m_test->tenantKey(1)}},
            {{QStringLiteral("email"), TestServices::adminEmail},
             {QStringLiteral("password"), QStringLiteral("not the password")}}));
        QCOMPARE(response.status, 401);
        QCOMPARE(bodyOf(response),
                 successEnvelopeFailure(QStringLiteral("Invalid email or password"),
                                        QStringLiteral("Authentication failed")));
        QVERIFY(response.header("WWW-Authenticate").startsWith("Password "));
        QCOMPARE(response.holdMs, 0); // held only once throttled
    }

    void aLoginWithoutEmailNamesTheField()
    {
        const HttpResponse response = m_controller->generate(ControllerCall::request(
            "POST", QStringLiteral("/api/Token/generate"), {{"x-api-key", m_test->tenantKey(1)}},
            {{QStringLiteral("password"), QStringLiteral("x")}}));
        QCOMPARE(response.status, 400);
        QVERIFY2(bodyOf(response)
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .first()
                     .toString()
                     .contains(QStringLiteral("email")),
                 response.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestTokenController)
#include "TestTokenController.moc"
