// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// A key's rate limit (requests per minute) on the routes where the key's own
// token is the bearer: the success-envelope API's JWT-required routes, the status-envelope API and
// the v1 API answer 429 with Retry-After in their own envelope; the budget refills after the
// minute. (The token exchange's documented 422 is in TestTokenEndpoints.)
#include "FreshStoreServer.h"

#include <QTest>

using namespace keyward;

class TestKeyRateLimits : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    // A key of tenant 1 allowed `limit` uses a minute, and the bearer token
    // to present: its access token, or for a v1 key its own JWT.
    QByteArray limitedBearer(qint64 limit, ApiKeyKind kind = ApiKeyKind::Secret)
    {
        NewKey request;
        request.name = QStringLiteral("limited");
        request.kind = kind;
        request.permissions = {QStringLiteral("read"), QStringLiteral("write")};
        request.rateLimitPerMinute = limit;
        const IssuedKey issued = m_live->test.createKey(1, request);
        if (kind == ApiKeyKind::Jwt)
            return issued.secret;
        return m_live->test.services().tokens.issueForKey(issued.key);
    }

    static void verifyRetryAfter(const InProcessServer::Reply &reply)
    {
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 61, reply.header("Retry-After").constData());
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void successEnvelopeAnswers429()
    {
        const QByteArray bearer = "Bearer " + limitedBearer(2);
        const InProcessServer::Headers headers{{"x-api-key", m_live->test.tenantKey(1)},
                                               {"Authorization", bearer}};
        const QString path = QStringLiteral("/api/ApiKey/getAll");
        QCOMPARE(m_live->http.get(path, headers).status, 200);
        QCOMPARE(m_live->http.get(path, headers).status, 200);
        const auto reply = m_live->http.get(path, headers);
        QCOMPARE(reply.status, 429);
        QVERIFY(sameJson(
            reply.json(),
            successEnvelopeFailure(QStringLiteral("Too many requests"),
                                   QStringLiteral("Rate limit exceeded for this API key"))));
        verifyRetryAfter(reply);

        m_live->test.clock().advance(61);
        QCOMPARE(m_live->http.get(path, headers).status, 200);
    }

    void statusEnvelopeAnswers429()
    {
        const InProcessServer::Headers headers{{"Authorization", "Bearer " + limitedBearer(1)}};
        const QString path = QStringLiteral("/api/clients/api-keys");
        QCOMPARE(m_live->http.get(path, headers).status, 200);
        const auto reply = m_live->http.get(path, headers);
        QCOMPARE(reply.status, 429);
        QVERIFY(sameJson(reply.json(), {{QStringLiteral("status"), 429},
                                        {QStringLiteral("message"),
                                         QStringLiteral("Rate limit exceeded for this API key")},
                                        {QStringLiteral("data"), QJsonValue::Null}}));
        verifyRetryAfter(reply);
        // Refused requests change nothing: a refused creation makes no service.
        const auto refused =
            m_live->http.post(QStringLiteral("/api/clients/generate-service-id"),
                              {{QStringLiteral("name"), QStringLiteral("svc")}}, headers);
        QCOMPARE(refused.status, 429);

        m_live->test.clock().advance(61);
        QCOMPARE(m_live->http.get(path, headers).status, 200);
    }

    void v1Answers429ForItsKeyJwt()
    {
        const InProcessServer::Headers headers{
            {"Authorization", "Bearer " + limitedBearer(1, ApiKeyKind::Jwt)}};
        const QString path = QStringLiteral("/api/v1/apikey");
        QCOMPARE(m_live->http.get(path, headers).status, 200);
        const auto reply = m_live->http.get(path, headers);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(sameJson(
            reply.json(),
            {{QStringLiteral("type"), QStringLiteral("about:blank")},
             {QStringLiteral("title"), QStringLiteral("Too Many Requests")},
             {QStringLiteral("status"), 429},
             {QStringLiteral("detail"), QStringLiteral("Rate limit exceeded for this API key")}}));
        verifyRetryAfter(reply);

        m_live->test.clock().advance(61);
        QCOMPARE(m_live->http.get(path, headers).status, 200);
    }

    void noSixtySecondsHoldMoreThanTheLimit()
    {
        // The misuse a fixed window allowed: the whole budget at the end of
        // one minute, and again at the start of the next.
        NewKey request;
        request.name = QStringLiteral("ten a minute");
        request.permissions = {QStringLiteral("token:generate")};
        request.rateLimitPerMinute = 10;
        const IssuedKey issued = m_live->test.createKey(1, request);
        const InProcessServer::Headers headers{{"x-api-key", issued.secret}};
        const QString path = QStringLiteral("/api/Token/generate-from-apikey");
        int accepted = 0;
        for (int step : {0, 1, 29, 29, 1}) { // at 0, 1, 30, 59 and 60 s
            m_live->test.clock().advance(step);
            for (int i = 0; i < 10; ++i)
                accepted += m_live->http.get(path, headers).status == 200;
        }
        QCOMPARE(accepted, 10); // within 60 s of the first use
        m_live->test.clock().advance(1);
        QCOMPARE(m_live->http.get(path, headers).status, 200); // 61 s later
    }

    void unlimitedKeysAndUsersAreNotLimited()
    {
        const InProcessServer::Headers headers{
            {"Authorization", "Bearer " + m_live->test.userToken(TestServices::adminEmail)}};
        for (int i = 0; i < 20; ++i)
            QCOMPARE(m_live->http.get(QStringLiteral("/api/v1/apikey"), headers).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestKeyRateLimits)
#include "TestKeyRateLimits.moc"
