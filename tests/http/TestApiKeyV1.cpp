// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Seed 004 (the v1 API): /api/v1/apikey with CreateApiKeyDto / ApiKeyDto and
// RFC 7807 problems.
#include "FreshStoreServer.h"
#include "JwtHeader.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestApiKeyV1 : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    InProcessServer::Headers bearer(const QByteArray &token)
    {
        return {{"Authorization", "Bearer " + token}};
    }
    InProcessServer::Headers admin()
    {
        return bearer(m_live->test.userToken(TestServices::adminEmail));
    }
    InProcessServer::Reply create(const QByteArray &body, const InProcessServer::Headers &headers)
    {
        return m_live->http.send("POST", QStringLiteral("/api/v1/apikey"), headers, body);
    }
    static bool isProblem(const InProcessServer::Reply &reply, int status, const QString &detail)
    {
        const QString titles[] = {QStringLiteral("Bad Request"), QStringLiteral("Unauthorized"),
                                  QStringLiteral("Forbidden"), QStringLiteral("Not Found")};
        const int index = status == 400 ? 0 : status == 401 ? 1 : status == 403 ? 2 : 3;
        return reply.status == status &&
               reply.header("Content-Type") == "application/problem+json" &&
               sameJson(reply.json(), {{QStringLiteral("type"), QStringLiteral("about:blank")},
                                       {QStringLiteral("title"), titles[index]},
                                       {QStringLiteral("status"), status},
                                       {QStringLiteral("detail"), detail}});
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void create200GivesApiKeyDto()
    {
        const auto reply = create(R"({"label":"extractor","lifetime":3600})", admin());
        QCOMPARE(reply.status, 200);
        const QJsonObject dto = reply.json();
        QCOMPARE(QStringList(dto.keys()),
                 (QStringList{QStringLiteral("apiKey"), QStringLiteral("createdAt"),
                              QStringLiteral("expiresAt"), QStringLiteral("id"),
                              QStringLiteral("jti"), QStringLiteral("label"),
                              QStringLiteral("lifetime"), QStringLiteral("status"),
                              QStringLiteral("tenantId"), QStringLiteral("updatedAt")}));
        QCOMPARE(dto.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(dto.value(QStringLiteral("tenantId")).toInteger(), 1);
        QCOMPARE(dto.value(QStringLiteral("label")).toString(), QStringLiteral("extractor"));
        QCOMPARE(dto.value(QStringLiteral("lifetime")).toInteger(), 3600);
        const qint64 createdAt = dto.value(QStringLiteral("createdAt")).toInteger();
        QCOMPARE(createdAt, m_live->test.clock().now().toSecsSinceEpoch());
        QCOMPARE(dto.value(QStringLiteral("expiresAt")).toInteger(), createdAt + 3600);
        auto claims = m_live->test.services().tokens.verify(
            dto.value(QStringLiteral("apiKey")).toString().toLatin1());
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("jti")).toString(),
                 dto.value(QStringLiteral("jti")).toString());
        QCOMPARE(claims->value(QStringLiteral("exp")).toInteger(), createdAt + 3600);
        // Not an access token: its own typ and no audience, so a relying party
        // that checks either refuses it in place of one.
        const QByteArray apiKey = dto.value(QStringLiteral("apiKey")).toString().toLatin1();
        QCOMPARE(jwtHeader(apiKey).value(QStringLiteral("typ")).toString(),
                 QStringLiteral("apikey+jwt"));
        QVERIFY(!claims->contains(QStringLiteral("aud")));
    }

    void create400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("missing label")
            << QByteArray(R"({"lifetime":60})") << QStringLiteral("The label field is required");
        QTest::newRow("blank label") << QByteArray(R"({"label":" \t "})")
                                     << QStringLiteral("label must contain a non-space character");
        QTest::newRow("bad status") << QByteArray(R"({"label":"k","status":"ENABLED"})")
                                    << QStringLiteral("status must be ACTIVE, DISABLED or DELETED");
        QTest::newRow("deleted status") << QByteArray(R"({"label":"k","status":"DELETED"})")
                                        << QStringLiteral("a key cannot be created DELETED");
        QTest::newRow("negative lifetime")
            << QByteArray(R"({"label":"k","lifetime":-60})")
            << QStringLiteral("lifetime must be a positive number of seconds");
        QTest::newRow("string lifetime") << QByteArray(R"({"label":"k","lifetime":"60"})")
                                         << QStringLiteral("The lifetime field must be an integer");
        QTest::newRow("not json")
            << QByteArray("label=k")
            << QStringLiteral("The request body is not valid JSON: illegal value at offset 1");
    }
    void create400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        QVERIFY(isProblem(create(body, admin()), 400, detail));
        QCOMPARE(
            m_live->http.get(QStringLiteral("/api/v1/apikey"), admin()).header("X-Total-Count"),
            QByteArray("1"));
    }

    void create401And403()
    {
        QVERIFY(isProblem(create(R"({"label":"k"})", {}), 401,
                          QStringLiteral("A valid bearer token is required")));
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        m_live->test.createUser(1, QStringLiteral("admin@one.io"), Role::Admin);
        const auto foreign =
            create(QStringLiteral(R"({"label":"k","tenantId":%1})").arg(other.id).toLatin1(),
                   bearer(m_live->test.userToken(QStringLiteral("admin@one.io"))));
        QVERIFY(isProblem(foreign, 403,
                          QStringLiteral("Cannot create keys for tenant %1").arg(other.id)));
        // Matching its own tenant id is fine; a SuperAdmin may name any tenant.
        QCOMPARE(create(R"({"label":"k","tenantId":1})",
                        bearer(m_live->test.userToken(QStringLiteral("admin@one.io"))))
                     .status,
                 200);
        const auto bySuperAdmin = create(
            QStringLiteral(R"({"label":"k","tenantId":%1})").arg(other.id).toLatin1(), admin());
        QCOMPARE(bySuperAdmin.status, 200);
        QCOMPARE(bySuperAdmin.json().value(QStringLiteral("tenantId")).toInteger(), other.id);
        QVERIFY(isProblem(create(R"({"label":"k","tenantId":999})", admin()), 404,
                          QStringLiteral("No tenant found with ID 999")));
    }

    void apiKeyJwtAuthenticatesUntilDisabled()
    {
        const QJsonObject dto = create(R"({"label":"robot"})", admin()).json();
        const QByteArray apiKey = dto.value(QStringLiteral("apiKey")).toString().toLatin1();
        const qint64 id = dto.value(QStringLiteral("id")).toInteger();
        // The key's own JWT is a bearer token for the v1 API.
        auto listed = m_live->http.get(QStringLiteral("/api/v1/apikey"), bearer(apiKey));
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(apiKey)); // shown at creation only
        auto disabled = m_live->http.send("PUT", QStringLiteral("/api/v1/apikey/%1").arg(id),
                                          admin(), R"({"status":"DISABLED"})");
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("DISABLED"));
        QVERIFY(isProblem(m_live->http.get(QStringLiteral("/api/v1/apikey"), bearer(apiKey)), 401,
                          QStringLiteral("A valid bearer token is required")));
        QCOMPARE(m_live->http
                     .send("PUT", QStringLiteral("/api/v1/apikey/%1").arg(id), admin(),
                           R"({"status":"ACTIVE"})")
                     .status,
                 200);
        QCOMPARE(m_live->http.get(QStringLiteral("/api/v1/apikey"), bearer(apiKey)).status, 200);
        const auto deleted =
            m_live->http.send("DELETE", QStringLiteral("/api/v1/apikey/%1").arg(id), admin());
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("DELETED"));
        QVERIFY(isProblem(m_live->http.get(QStringLiteral("/api/v1/apikey"), bearer(apiKey)), 401,
                          QStringLiteral("A valid bearer token is required")));
        QVERIFY(isProblem(m_live->http.get(QStringLiteral("/api/v1/apikey/%1").arg(id), admin()),
                          404, QStringLiteral("No API key found with ID %1").arg(id)));
    }

    void readAndRelabel()
    {
        const qint64 id =
            create(R"({"label":"first"})", admin()).json().value(QStringLiteral("id")).toInteger();
        auto read = m_live->http.get(QStringLiteral("/api/v1/apikey/%1").arg(id), admin());
        QCOMPARE(read.status, 200);
        QVERIFY(!read.json().contains(QStringLiteral("apiKey")));
        QCOMPARE(read.json().value(QStringLiteral("lifetime")), QJsonValue(QJsonValue::Null));
        // No lifetime: the longest a key may live, as its JWT says.
        QCOMPARE(read.json().value(QStringLiteral("expiresAt")).toInteger(),
                 read.json().value(QStringLiteral("createdAt")).toInteger() +
                     maxKeyLifetimeSeconds);
        m_live->test.clock().advance(5);
        auto relabelled = m_live->http.send("PUT", QStringLiteral("/api/v1/apikey/%1").arg(id),
                                            admin(), R"({"label":"second"})");
        QCOMPARE(relabelled.status, 200);
        QCOMPARE(relabelled.json().value(QStringLiteral("label")).toString(),
                 QStringLiteral("second"));
        QCOMPARE(relabelled.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVE"));
        QCOMPARE(relabelled.json().value(QStringLiteral("updatedAt")).toInteger(),
                 relabelled.json().value(QStringLiteral("createdAt")).toInteger() + 5);
        QVERIFY(isProblem(m_live->http.send("PUT", QStringLiteral("/api/v1/apikey/%1").arg(id),
                                            admin(), R"({"label":""})"),
                          400, QStringLiteral("label must contain a non-space character")));
        QVERIFY(isProblem(m_live->http.get(QStringLiteral("/api/v1/apikey/nope"), admin()), 400,
                          QStringLiteral("id must be a positive integer")));
    }

    void listIsTenantScoped()
    {
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        m_live->test.createUser(other.id, QStringLiteral("admin@other.io"), Role::Admin);
        QCOMPARE(create(R"({"label":"mine"})", admin()).status, 200);
        const auto theirs =
            m_live->http.get(QStringLiteral("/api/v1/apikey"),
                             bearer(m_live->test.userToken(QStringLiteral("admin@other.io"))));
        QCOMPARE(theirs.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(theirs.body).array();
        QCOMPARE(items.size(), 1); // only the other tenant's own tenant key
        QCOMPARE(items.first().toObject().value(QStringLiteral("tenantId")).toInteger(), other.id);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyV1)
#include "TestApiKeyV1.moc"
