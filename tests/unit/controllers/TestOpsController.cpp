// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// OpsController called directly: health with and without a probe, the JWKS
// with its validators, the OpenAPI document naming the server as reached,
// and metrics in Prometheus' text format.
#include "ControllerCall.h"
#include "Metrics.h"
#include "OpsController.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestOpsController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    Metrics m_metrics;
    std::unique_ptr<OpsController> m_controller;

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>(JwtAlgorithm::ES256);
        m_controller = std::make_unique<OpsController>(m_test->services(), m_metrics, 300);
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void healthProbesOnceThenAnswersFromMemory()
    {
        const HttpRequest request = ControllerCall::request("GET", QStringLiteral("/healthz"));
        QVERIFY(!m_controller->healthQuickly(request)); // nothing probed yet
        const HttpResponse probed = m_controller->health(request);
        QCOMPARE(probed.status, 200);
        QCOMPARE(bodyOf(probed).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(bodyOf(probed).value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
        const auto remembered = m_controller->healthQuickly(request);
        QVERIFY(remembered);
        QCOMPARE(remembered->body, probed.body);
    }

    void theJwksIsCacheableAndRevalidated()
    {
        HttpRequest request =
            ControllerCall::request("GET", QStringLiteral("/.well-known/jwks.json"));
        const HttpResponse jwks = m_controller->jwks(request);
        QCOMPARE(jwks.status, 200);
        QCOMPARE(jwks.header("Cache-Control"), QByteArray("max-age=300"));
        const QJsonArray keys = bodyOf(jwks).value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("alg")).toString(),
                 QStringLiteral("ES256"));
        QVERIFY(!keys.first().toObject().contains(QStringLiteral("d"))); // public only

        request.headers.insert("if-none-match", jwks.header("ETag"));
        const HttpResponse unchanged = m_controller->jwks(request);
        QCOMPARE(unchanged.status, 304);
        QVERIFY(unchanged.body.isEmpty());
    }

    void theOpenApiDocumentNamesTheServerAsReached()
    {
        HttpRequest request = ControllerCall::request("GET", QStringLiteral("/openapi.json"));
        request.headers.insert("host", "keys.example.com:9000");
        const HttpResponse document = m_controller->openApi(request);
        QCOMPARE(document.status, 200);
        const QJsonArray servers = bodyOf(document).value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.first().toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://keys.example.com:9000"));
    }

    void metricsCountWhatWasRecorded()
    {
        m_metrics.recordRequest("GET", QStringLiteral("/healthz"), 200, 1'000'000);
        const HttpResponse metrics =
            m_controller->metrics(ControllerCall::request("GET", QStringLiteral("/metrics")));
        QCOMPARE(metrics.status, 200);
        QVERIFY2(metrics.contentType.startsWith("text/plain"), metrics.contentType.constData());
        QVERIFY2(metrics.body.contains("route=\"/healthz\""), metrics.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestOpsController)
#include "TestOpsController.moc"
