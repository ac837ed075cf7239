// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// POST /api/ApiKey/create (the success-envelope API): the secret is shown once, stored only
// as a digest, and the gate refuses callers exactly as seed 002 documents.
#include "FreshStoreServer.h"
#include "crypto/Digest.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace keyward;

class TestCreateKey : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    InProcessServer::Headers adminHeaders()
    {
        return {{"x-api-key", m_live->test.tenantKey(1)},
                {"Authorization", "Bearer " + m_live->test.userToken(TestServices::adminEmail)}};
    }
    InProcessServer::Reply create(const QJsonObject &body, const InProcessServer::Headers &headers)
    {
        return m_live->http.post(QStringLiteral("/api/ApiKey/create"), body, headers);
    }
    qint64 keyCount()
    {
        QSqlQuery query(m_live->test.database().database()->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM api_keys"));
        query.next();
        return query.value(0).toLongLong();
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void createdKeyIsShownOnceAndWorks()
    {
        const auto reply =
            create({{QStringLiteral("name"), QStringLiteral("Production API Key")},
                    {QStringLiteral("description"), QStringLiteral("Main production API key")},
                    {QStringLiteral("permissions"),
                     QJsonArray{QStringLiteral("read"), QStringLiteral("token:generate")}},
                    {QStringLiteral("allowedIp"), QStringLiteral(" 127.0.0.1 , ::1 ")},
                    {QStringLiteral("lifetime"), 86400}},
                   adminHeaders());
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("API Key created successfully"));
        const QJsonObject data = body.value(QStringLiteral("data")).toObject();
        const QByteArray secret = data.value(QStringLiteral("key")).toString().toLatin1();
        QVERIFY(secret.startsWith("sk_"));
        QCOMPARE(data.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Production API Key"));
        QCOMPARE(data.value(QStringLiteral("allowedIp")).toString(),
                 QStringLiteral("127.0.0.1,::1"));
        QCOMPARE(data.value(QStringLiteral("isActive")).toBool(), true);
        QCOMPARE(data.value(QStringLiteral("permissions")).toArray(),
                 (QJsonArray{QStringLiteral("read"), QStringLiteral("token:generate")}));
        const QDateTime created = QDateTime::fromString(
            data.value(QStringLiteral("createdDate")).toString(), Qt::ISODate);
        QVERIFY(data.value(QStringLiteral("createdDate")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(
            QDateTime::fromString(data.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate),
            created.addSecs(86400));
        QCOMPARE(data.value(QStringLiteral("lastUsed")), QJsonValue(QJsonValue::Null));

        // Stored as a digest; the secret is nowhere in the row.
        QSqlQuery row(m_live->test.database().database()->connection());
        QVERIFY(row.exec(QStringLiteral("SELECT * FROM api_keys WHERE id = %1")
                             .arg(data.value(QStringLiteral("id")).toInteger())));
        QVERIFY(row.next());
        bool digestFound = false;
        for (int column = 0; column < row.record().count(); ++column) {
            const QString value = row.value(column).toString();
            QVERIFY(!value.contains(QString::fromLatin1(secret.mid(3))));
            digestFound = digestFound || value == QString::fromLatin1(Digest::sha256Hex(secret));
        }
        QVERIFY(digestFound);
        QCOMPARE(
            m_live->http
                .get(QStringLiteral("/api/Token/generate-from-apikey"), {{"x-api-key", secret}})
                .status,
            200);
    }

    void gateRefusals()
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("k")}};
        const QByteArray tenantKey = m_live->test.tenantKey(1);
        const QByteArray adminToken = "Bearer " + m_live->test.userToken(TestServices::adminEmail);
        m_live->test.createUser(1, QStringLiteral("user@one.io"), Role::User);
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        m_live->test.createUser(other.id, QStringLiteral("admin@other.io"), Role::Admin);
        const qint64 before = keyCount();

        auto reply = create(body, {{"Authorization", adminToken}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("API Key is missing."),
                                                QStringLiteral("Missing x-api-key header"))));

        const QJsonObject invalidJwt =
            successEnvelopeFailure(QStringLiteral("Accesso negato: token non valido o mancante"),
                                   QStringLiteral("JWT token validation failed"));
        reply = create(body, {{"x-api-key", tenantKey}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), invalidJwt));
        reply = create(
            body, {{"x-api-key", tenantKey}, {"Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), invalidJwt));

        reply = create(body, {{"x-api-key", "ak_1234567890abcdef"}, {"Authorization", adminToken}});
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("Invalid API Key."),
                                                QStringLiteral("API key validation failed"))));

        reply = create(body, {{"x-api-key", tenantKey},
                              {"Authorization",
                               "Bearer " + m_live->test.userToken(QStringLiteral("user@one.io"))}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Forbidden - Insufficient permissions"));

        const QByteArray otherAdmin =
            "Bearer " + m_live->test.userToken(QStringLiteral("admin@other.io"));
        reply = create(body, {{"x-api-key", tenantKey}, {"Authorization", otherAdmin}});
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(
            reply.json(),
            successEnvelopeFailure(QStringLiteral("Forbidden - Insufficient permissions"),
                                   QStringLiteral("The API key belongs to another tenant"))));
        reply = create(
            {{QStringLiteral("name"), QStringLiteral("k")}, {QStringLiteral("tenantId"), 1}},
            {{"x-api-key", m_live->test.tenantKey(other.id)}, {"Authorization", otherAdmin}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(keyCount(), before);
    }

    void badInput400ChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("blank name")
            << QByteArray(R"({"name":"   "})") << QStringLiteral("name must not be blank");
        QTest::newRow("missing name") << QByteArray(R"({"permissions":["read"]})")
                                      << QStringLiteral("The name field is required");
        QTest::newRow("bad cidr") << QByteArray(R"({"name":"k","allowedIp":"10.0.0.0/40"})")
                                  << QStringLiteral("not an IP address or CIDR range: 10.0.0.0/40");
        QTest::newRow("wrong type")
            << QByteArray(R"({"name":"k","permissions":"read"})")
            << QStringLiteral("The permissions field must be an array of strings");
        QTest::newRow("negative lifetime")
            << QByteArray(R"({"name":"k","lifetime":-1})")
            << QStringLiteral("lifetime must be a positive number of seconds");
        QTest::newRow("unknown kind") << QByteArray(R"({"name":"k","kind":"master"})")
                                      << QStringLiteral("kind must be \"secret\" or \"tenant\"");
        QTest::newRow("not json")
            << QByteArray("name=k")
            << QStringLiteral("The request body is not valid JSON: illegal value at offset 1");
        QTest::newRow("array") << QByteArray("[]")
                               << QStringLiteral("The request body must be a JSON object");
    }
    void badInput400ChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const qint64 before = keyCount();
        const auto reply =
            m_live->http.send("POST", QStringLiteral("/api/ApiKey/create"), adminHeaders(), body);
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("Invalid request"), error)));
        QCOMPARE(keyCount(), before);
    }

    void superAdminCreatesForAnotherTenant()
    {
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        const auto reply = create({{QStringLiteral("name"), QStringLiteral("for other")},
                                   {QStringLiteral("tenantId"), other.id}},
                                  adminHeaders());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("tenantId"))
                     .toInteger(),
                 other.id);
    }

    void oversizedBody413()
    {
        const QByteArray huge = "{\"name\":\"" + QByteArray(1024 * 1024 + 10, 'a') + "\"}";
        const qint64 before = keyCount();
        const auto reply =
            m_live->http.send("POST", QStringLiteral("/api/ApiKey/create"), adminHeaders(), huge);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Payload too large"));
        QCOMPARE(keyCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestCreateKey)
#include "TestCreateKey.moc"
