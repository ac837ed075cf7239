// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Seed 002: GET /api/ApiKey/getById/{id} with x-api-key + Bearer. Every
// documented outcome, exact status and body.
#include "FreshStoreServer.h"
#include "crypto/KeyFormat.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestGetApiKeyById : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    InProcessServer::Headers as(const QString &email, qint64 tenant = 1)
    {
        return {{"x-api-key", m_live->test.tenantKey(tenant)},
                {"Authorization", "Bearer " + m_live->test.userToken(email)},
                {"Accept", "application/json"}};
    }
    InProcessServer::Reply getById(qint64 id, const InProcessServer::Headers &headers)
    {
        return m_live->http.get(QStringLiteral("/api/ApiKey/getById/%1").arg(id), headers);
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void success200()
    {
        NewKey request;
        request.name = QStringLiteral("Production API Key");
        request.description = QStringLiteral("Main production API key for web application");
        request.permissions = {QStringLiteral("read"), QStringLiteral("write"),
                               QStringLiteral("token:generate")};
        request.allowedNetworks = QStringLiteral("127.0.0.1");
        const IssuedKey issued = m_live->test.createKey(1, request);
        // Use it once; the use is counted without a write per request and
        // shows after the batch is flushed.
        QCOMPARE(m_live->http
                     .get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", issued.secret}})
                     .status,
                 200);
        QVERIFY(m_live->test.services().usage.flush());
        const QString usedAt = m_live->test.clock().now().toString(Qt::ISODate);

        const auto reply = getById(issued.key.id, as(TestServices::adminEmail));
        QCOMPARE(reply.status, 200);
        const QJsonObject expected{
            {QStringLiteral("success"), true},
            {QStringLiteral("message"), QStringLiteral("API Key retrieved successfully")},
            {QStringLiteral("data"),
             QJsonObject{
                 {QStringLiteral("id"), issued.key.id},
                 {QStringLiteral("key"),
                  QString::fromLatin1(KeyFormat::masked(KeyFormat::displayPrefix(issued.secret)))},
                 {QStringLiteral("name"), QStringLiteral("Production API Key")},
                 {QStringLiteral("isActive"), true},
                 {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                 {QStringLiteral("kind"), QStringLiteral("secret")},
                 {QStringLiteral("tenantId"), 1},
                 {QStringLiteral("description"),
                  QStringLiteral("Main production API key for web application")},
                 {QStringLiteral("allowedIp"), QStringLiteral("127.0.0.1")},
                 {QStringLiteral("createdDate"), issued.key.createdAt.toString(Qt::ISODate)},
                 {QStringLiteral("lastUsed"), usedAt},
                 {QStringLiteral("useCount"), 1},
                 {QStringLiteral("permissions"),
                  QJsonArray{QStringLiteral("read"), QStringLiteral("write"),
                             QStringLiteral("token:generate")}},
                 {QStringLiteral("rateLimit"), QJsonValue::Null},
                 {QStringLiteral("expiresAt"), QJsonValue::Null}}}};
        QVERIFY(sameJson(reply.json(), expected));
        QVERIFY(!reply.body.contains(issued.secret.mid(9)));
        QVERIFY(usedAt.endsWith(QLatin1Char('Z')));
    }

    void notFound404()
    {
        const auto reply = getById(424242, as(TestServices::adminEmail));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                           QStringLiteral("API Key not found"),
                                           QStringLiteral("No API key found with ID 424242"))));
    }

    void missingHeaders401()
    {
        const auto reply = getById(
            1, {{"Authorization", "Bearer " + m_live->test.userToken(TestServices::adminEmail)}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("API Key is missing."),
                                                QStringLiteral("Missing x-api-key header"))));
    }

    void invalidJwt401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not a jwt") << QByteArray("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...");
        QTest::newRow("wrong scheme") << QByteArray("Basic YWRtaW46YWRtaW4=");
        QTest::newRow("alg none") << QByteArray(
            "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ1c2VyOjEiLCJ0aWQiOjF9.");
    }
    void invalidJwt401()
    {
        QFETCH(QByteArray, authorization);
        InProcessServer::Headers headers{{"x-api-key", m_live->test.tenantKey(1)}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const auto reply = getById(1, headers);
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(
            reply.json(),
            successEnvelopeFailure(QStringLiteral("Accesso negato: token non valido o mancante"),
                                   QStringLiteral("JWT token validation failed"))));
    }

    void expiredJwt401()
    {
        const auto headers = as(TestServices::adminEmail);
        m_live->test.clock().advance(3600 + 61);
        const auto reply = getById(1, headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Accesso negato: token non valido o mancante"));
    }

    void insufficientPermissions403()
    {
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        m_live->test.createUser(other.id, QStringLiteral("admin@other.io"), Role::Admin);
        m_live->test.createUser(1, QStringLiteral("user@one.io"), Role::User);
        NewKey theirs;
        theirs.name = QStringLiteral("theirs");
        const IssuedKey foreign = m_live->test.createKey(other.id, theirs);
        const QJsonObject forbidden =
            successEnvelopeFailure(QStringLiteral("Forbidden - Insufficient permissions"),
                                   QStringLiteral("Cannot access this API key"));
        // An Admin of tenant 1 asking for another tenant's key.
        m_live->test.createUser(1, QStringLiteral("admin@one.io"), Role::Admin);
        auto reply = getById(foreign.key.id, as(QStringLiteral("admin@one.io")));
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), forbidden));
        // A plain User asking for a key of their own tenant.
        const ApiKey ownTenantKey =
            **ApiKeyRepository(*m_live->test.database().database()).findTenantKey(1);
        reply = getById(ownTenantKey.id, as(QStringLiteral("user@one.io")));
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), forbidden));
        // The other tenant's own Admin may; a SuperAdmin may too.
        QCOMPARE(getById(foreign.key.id, as(QStringLiteral("admin@other.io"), other.id)).status,
                 200);
        QCOMPARE(getById(foreign.key.id, as(TestServices::adminEmail)).status, 200);
    }

    void badIds400()
    {
        for (const QString &id : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("1e3"),
                                  QStringLiteral("99999999999999999999")}) {
            const auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/getById/%1").arg(id),
                                                as(TestServices::adminEmail));
            QCOMPARE(reply.status, 400);
            QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                               QStringLiteral("Invalid request"),
                                               QStringLiteral("id must be a positive integer"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestGetApiKeyById)
#include "TestGetApiKeyById.moc"
