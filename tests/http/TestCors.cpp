// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Browsers: listed origins get their preflights answered and
// Access-Control-Allow-Origin on every answer, anyone else gets neither (a
// refused preflight is 403 in the path's family envelope), and the public
// documents (JWKS, OAuth metadata, openapi.json) are readable from any
// origin. Every answer says it varies by Origin once origins are listed.
#include "FreshStoreServer.h"

#include <QTest>

using namespace keyward;

namespace {

const QByteArray app = "https://app.example.com";
const QByteArray evil = "https://evil.example";

InProcessServer::Headers preflight(const QByteArray &origin, const QByteArray &method)
{
    return {{"Origin", origin},
            {"Access-Control-Request-Method", method},
            {"Access-Control-Request-Headers", "authorization, content-type"}};
}

} // namespace

class TestCors : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<InProcessServer> m_http;

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        ApiServer::Settings settings;
        settings.corsOrigins = {app, QByteArray("http://localhost:3000")};
        m_http = std::make_unique<InProcessServer>(m_test->services(), settings);
    }
    void cleanup()
    {
        m_http.reset();
        m_test.reset();
    }

    void aListedOriginsPreflightIsAnswered()
    {
        const auto reply =
            m_http->send("OPTIONS", QStringLiteral("/api/v1/apikey"), preflight(app, "POST"));
        QCOMPARE(reply.status, 204);
        QCOMPARE(reply.body, QByteArray());
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), app);
        QCOMPARE(reply.header("Access-Control-Allow-Methods"), QByteArray("POST, GET, HEAD"));
        QCOMPARE(reply.header("Access-Control-Allow-Headers"),
                 QByteArray("authorization, content-type, x-api-key, x-request-id, "
                            "if-none-match"));
        QCOMPARE(reply.header("Access-Control-Max-Age"), QByteArray("600"));
        QCOMPARE(reply.header("Vary"), QByteArray("Origin"));
        QCOMPARE(reply.header("Content-Length"), QByteArray());
    }

    void anotherOriginsPreflightIsRefused()
    {
        auto reply =
            m_http->send("OPTIONS", QStringLiteral("/api/v1/apikey"), preflight(evil, "POST"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray());
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("The origin https://evil.example may not call this API from a "
                                "browser"));
        // A prefix or another scheme of a listed origin is another origin.
        for (const QByteArray &near :
             {QByteArray("http://app.example.com"), QByteArray("https://app.example.com.evil"),
              QByteArray("https://app.example.com:444"), QByteArray("null")}) {
            reply = m_http->send("OPTIONS", QStringLiteral("/api/ApiKey/getAll"),
                                 preflight(near, "GET"));
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.json().value(QStringLiteral("success")), QJsonValue(false));
        }
        reply = m_http->send("OPTIONS", QStringLiteral("/nowhere"), preflight(app, "GET"));
        QCOMPARE(reply.status, 404);
        // OPTIONS without the preflight headers is just a method no route has.
        reply = m_http->send("OPTIONS", QStringLiteral("/healthz"), {{"Origin", app}});
        QCOMPARE(reply.status, 405);
    }

    void answersNameOnlyListedOrigins()
    {
        const QByteArray key = m_test->tenantKey(1);
        auto reply = m_http->get(QStringLiteral("/api/Token/generate-from-apikey"),
                                 {{"x-api-key", key}, {"Origin", app}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), app);
        QCOMPARE(reply.header("Vary"), QByteArray("Origin"));
        QVERIFY(reply.header("Access-Control-Expose-Headers").contains("retry-after"));
        reply = m_http->get(QStringLiteral("/api/Token/generate-from-apikey"),
                            {{"x-api-key", key}, {"Origin", evil}});
        QCOMPARE(reply.status, 200); // the browser, not the server, withholds it
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray());
        QCOMPARE(reply.header("Vary"), QByteArray("Origin"));
        // Refusals carry it too, so a browser app can read why.
        reply = m_http->get(QStringLiteral("/api/Token/generate-from-apikey"), {{"Origin", app}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), app);
    }

    void publicDocumentsAreReadableFromAnyOrigin()
    {
        for (const QString &path : {QStringLiteral("/.well-known/jwks.json"),
                                    QStringLiteral("/.well-known/oauth-authorization-server"),
                                    QStringLiteral("/openapi.json")}) {
            auto reply = m_http->get(path, {{"Origin", evil}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("*"));
            reply = m_http->send("OPTIONS", path, preflight(evil, "GET"));
            QCOMPARE(reply.status, 204);
            QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray("*"));
        }
    }

    void withoutOriginsNothingIsAllowed()
    {
        InProcessServer plain(m_test->services());
        auto reply = plain.send("OPTIONS", QStringLiteral("/api/v1/apikey"), preflight(app, "GET"));
        QCOMPARE(reply.status, 403);
        reply = plain.get(QStringLiteral("/healthz"), {{"Origin", app}});
        QCOMPARE(reply.header("Access-Control-Allow-Origin"), QByteArray());
        QCOMPARE(reply.header("Vary"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCors)
#include "TestCors.moc"
