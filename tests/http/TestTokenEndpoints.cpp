// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Seed 000 (GET /api/Token/generate-from-apikey) and the login half of seed
// 001's flow (POST /api/Token/generate): every documented outcome, exact
// status and body, over a real socket.
#include "FreshStoreServer.h"
#include "JwtHeader.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

namespace {} // namespace

class TestTokenEndpoints : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    InProcessServer::Reply exchange(const QByteArray &key)
    {
        return m_live->http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                                {{"x-api-key", key}, {"Accept", "application/json"}});
    }
    IssuedKey keyWith(const std::function<void(NewKey &)> &shape)
    {
        NewKey request;
        request.name = QStringLiteral("svc");
        request.permissions = {QStringLiteral("token:generate")};
        shape(request);
        return m_live->test.createKey(1, request);
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void success200CarriesAVerifiableJwt()
    {
        const auto reply = exchange(m_live->test.tenantKey(1));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("data"), QStringLiteral("message"),
                                           QStringLiteral("success")}));
        QCOMPARE(body.value(QStringLiteral("success")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("message")),
                 QJsonValue(QStringLiteral("Token generated successfully")));
        const QByteArray token = body.value(QStringLiteral("data")).toString().toLatin1();
        QVERIFY(token.startsWith("eyJ"));
        auto claims = m_live->test.services().tokens.verify(token);
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("tid")).toInteger(), 1);
        QCOMPARE(claims->value(QStringLiteral("scope")).toString(),
                 QString()); // tenant key: empty scope
        QVERIFY(claims->value(QStringLiteral("sub")).toString().startsWith(QStringLiteral("key:")));
        // An access token: typ JWT, iss and aud the documented defaults.
        QCOMPARE(jwtHeader(token).value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(claims->value(QStringLiteral("iss")).toString(), QStringLiteral("keyward"));
        QCOMPARE(claims->value(QStringLiteral("aud")).toString(), QStringLiteral("keyward"));
    }

    void missingKey401()
    {
        const QJsonObject expected = successEnvelopeFailure(
            QStringLiteral("API Key is missing."), QStringLiteral("Missing x-api-key header"));
        auto reply = m_live->http.get(QStringLiteral("/api/Token/generate-from-apikey"));
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), expected));
        reply = exchange("   ");
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), expected));
        reply = m_live->http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                                 {{"api-key", m_live->test.tenantKey(1)}});
        QCOMPARE(reply.status, 401);
    }

    void invalidKey403_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("seed example") << QByteArray("ak_1234567890abcdef");
        QTest::newRow("unknown but well-formed")
            << QByteArray("sk_") + QByteArray(36, 'A') + "000000";
        QTest::newRow("garbage") << QByteArray("'; DROP TABLE api_keys; --");
    }
    void invalidKey403()
    {
        QFETCH(QByteArray, key);
        const auto reply = exchange(key);
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("Invalid API Key."),
                                                QStringLiteral("API key validation failed"))));
    }

    void inactiveOrExpired400()
    {
        const IssuedKey disabled = keyWith([](NewKey &k) { k.status = KeyStatus::Disabled; });
        auto reply = exchange(disabled.secret);
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("API Key is not active or expired"),
                                                QStringLiteral("API key is inactive"))));

        const IssuedKey expiring = keyWith([](NewKey &k) { k.lifetimeSeconds = 10; });
        m_live->test.clock().advance(11);
        reply = exchange(expiring.secret);
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("API Key is not active or expired"),
                                                QStringLiteral("API key has expired"))));

        const Tenant other = m_live->test.createTenant(QStringLiteral("Dormant"));
        const QByteArray otherKey = m_live->test.tenantKey(other.id);
        TenantService::Changes off;
        off.isActive = false;
        QVERIFY(
            m_live->test.services().tenants.update(TestServices::operatorActor(), other.id, off));
        reply = exchange(otherKey);
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(
            reply.json(),
            successEnvelopeFailure(QStringLiteral("API Key is not active or expired"),
                                   QStringLiteral("Tenant associated with API key is inactive"))));
    }

    void restrictions422()
    {
        const QString restricted = QStringLiteral("API key restrictions");
        const IssuedKey elsewhere = keyWith(
            [](NewKey &k) { k.allowedNetworks = QStringLiteral("192.168.1.100, 10.0.0.0/8"); });
        auto reply = exchange(elsewhere.secret);
        QCOMPARE(reply.status, 422);
        QVERIFY(
            sameJson(reply.json(),
                     successEnvelopeFailure(
                         restricted, QStringLiteral("IP address not allowed for this API key"))));

        const IssuedKey here =
            keyWith([](NewKey &k) { k.allowedNetworks = QStringLiteral(" 127.0.0.0/8 , ::1 "); });
        QCOMPARE(exchange(here.secret).status, 200);

        const IssuedKey readOnly =
            keyWith([](NewKey &k) { k.permissions = {QStringLiteral("read")}; });
        reply = exchange(readOnly.secret);
        QCOMPARE(reply.status, 422);
        QVERIFY(sameJson(
            reply.json(),
            successEnvelopeFailure(
                restricted, QStringLiteral("API key lacks permission for token generation"))));

        const QDateTime later = m_live->test.clock().now().addSecs(3600);
        const IssuedKey notYet = keyWith([&later](NewKey &k) { k.notBefore = later; });
        reply = exchange(notYet.secret);
        QCOMPARE(reply.status, 422);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(
                             restricted, QStringLiteral("API key is not valid at this time"))));

        const IssuedKey limited = keyWith([](NewKey &k) { k.rateLimitPerMinute = 1; });
        QCOMPARE(exchange(limited.secret).status, 200);
        reply = exchange(limited.secret);
        QCOMPARE(reply.status, 422);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(
                             restricted, QStringLiteral("Rate limit exceeded for this API key"))));
        const int retryAfter = reply.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 61, reply.header("Retry-After").constData());
    }

    void loginWithTheTenantKey()
    {
        const QByteArray tenantKey = m_live->test.tenantKey(1);
        auto reply = m_live->http.post(QStringLiteral("/api/Token/generate"),
                                       {{QStringLiteral("email"), TestServices::adminEmail},
                                        {QStringLiteral("password"), TestServices::adminPassword}},
                                       {{"x-api-key", tenantKey}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Token generated successfully"));
        auto claims = m_live->test.services().tokens.verify(
            reply.json().value(QStringLiteral("data")).toString().toLatin1());
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("role")).toString(), QStringLiteral("SuperAdmin"));

        const QJsonObject badCredentials = successEnvelopeFailure(
            QStringLiteral("Invalid email or password"), QStringLiteral("Authentication failed"));
        reply = m_live->http.post(QStringLiteral("/api/Token/generate"),
                                  {{QStringLiteral("email"), TestServices::adminEmail},
                                   {QStringLiteral("password"), QStringLiteral("nope")}},
                                  {{"x-api-key", tenantKey}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), badCredentials));
        reply = m_live->http.post(QStringLiteral("/api/Token/generate"),
                                  {{QStringLiteral("email"), QStringLiteral("ghost@example.com")},
                                   {QStringLiteral("password"), QStringLiteral("nope-nope")}},
                                  {{"x-api-key", tenantKey}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), badCredentials));

        // Another tenant's key does not log this tenant's users in.
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        reply = m_live->http.post(QStringLiteral("/api/Token/generate"),
                                  {{QStringLiteral("email"), TestServices::adminEmail},
                                   {QStringLiteral("password"), TestServices::adminPassword}},
                                  {{"x-api-key", m_live->test.tenantKey(other.id)}});
        QCOMPARE(reply.status, 401);
    }

    void loginBadInput400()
    {
        const InProcessServer::Headers key{{"x-api-key", m_live->test.tenantKey(1)}};
        auto reply =
            m_live->http.send("POST", QStringLiteral("/api/Token/generate"), key, "{\"email\":");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("success")), QJsonValue(false));
        reply = m_live->http.post(QStringLiteral("/api/Token/generate"),
                                  {{QStringLiteral("email"), 42}}, key);
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                           QStringLiteral("Invalid request"),
                                           QStringLiteral("The email field must be a string"))));
        reply = m_live->http.post(QStringLiteral("/api/Token/generate"),
                                  {{QStringLiteral("email"), QStringLiteral("a@b.io")}}, key);
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("Invalid request"),
                                                QStringLiteral("The password field is required"))));
        reply = m_live->http.post(QStringLiteral("/api/Token/generate"), {});
        QCOMPARE(reply.status, 401);
    }

    void everyResponseHasARequestId()
    {
        auto reply = m_live->http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                                      {{"X-Request-Id", "trace-42"}});
        QCOMPARE(reply.header("X-Request-Id"), QByteArray("trace-42"));
        reply = m_live->http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                                 {{"X-Request-Id", "<script>alert(1)</script>"}});
        QCOMPARE(reply.header("X-Request-Id").size(), 36); // replaced by a fresh UUID
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpoints)
#include "TestTokenEndpoints.moc"
