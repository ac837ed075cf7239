// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Seed 003 (the status-envelope API): login, service ids, UUID API keys. Every documented
// outcome with its exact {status, message, data} body.
#include "FreshStoreServer.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace keyward;

class TestClientsApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;
    // The seed's own example service_id: a well-formed HS256 JWT, expired
    // in 2025 and signed with a key Keyward never had.
    static constexpr const char *seedServiceId =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJzZXJ2aWNlSWQiOiIyNzg5ZmM4Ni1iMjdkLTQzOTEtYTk5NC0yYTEzMTZiYTBjODkiLCJpYXQiOjE3NDk0NDI3MD"
        "csImV4cCI6MTc0OTQ0NjMwN30.9T02sVHjKFCdtZoYn9auJ9GC5dX1CD4ll5VpMM06DmU";

    static QJsonObject envelope(int status, const QString &message,
                                const QJsonValue &data = QJsonValue::Null)
    {
        return {{QStringLiteral("status"), status},
                {QStringLiteral("message"), message},
                {QStringLiteral("data"), data}};
    }
    QByteArray login(const QString &email, const QString &password)
    {
        const auto reply = m_live->http.post(
            QStringLiteral("/api/auth/login"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        return reply.json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("token"))
            .toString()
            .toLatin1();
    }
    InProcessServer::Headers bearer(const QByteArray &token)
    {
        return {{"Authorization", "Bearer " + token}};
    }
    QString serviceId(const QByteArray &token, const QString &name = QStringLiteral("ussd-gateway"))
    {
        const auto reply = m_live->http.post(QStringLiteral("/api/clients/generate-service-id"),
                                             {{QStringLiteral("name"), name}}, bearer(token));
        return reply.json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("service_id"))
            .toString();
    }
    InProcessServer::Reply generateApiKey(const QByteArray &token, const QJsonObject &body)
    {
        return m_live->http.post(QStringLiteral("/api/clients/generate-api-key"), body,
                                 bearer(token));
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void loginOutcomes()
    {
        auto reply = m_live->http.post(QStringLiteral("/api/auth/login"),
                                       {{QStringLiteral("email"), TestServices::adminEmail},
                                        {QStringLiteral("password"), TestServices::adminPassword}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Login successful"));
        QVERIFY(m_live->test.services().tokens.verify(
            login(TestServices::adminEmail, TestServices::adminPassword)));
        reply = m_live->http.post(QStringLiteral("/api/auth/login"),
                                  {{QStringLiteral("email"), TestServices::adminEmail},
                                   {QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(), envelope(401, QStringLiteral("Invalid email or password"))));
        reply = m_live->http.post(QStringLiteral("/api/auth/login"),
                                  {{QStringLiteral("email"), TestServices::adminEmail}});
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         envelope(400, QStringLiteral("The password field is required"))));
    }

    void serviceIdIsAJwtLikeTheSeeds()
    {
        const QByteArray token = login(TestServices::adminEmail, TestServices::adminPassword);
        const auto reply =
            m_live->http.post(QStringLiteral("/api/clients/generate-service-id"),
                              {{QStringLiteral("name"), QStringLiteral("ussd")}}, bearer(token));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Service ID generated"));
        const QByteArray serviceId = reply.json()
                                         .value(QStringLiteral("data"))
                                         .toObject()
                                         .value(QStringLiteral("service_id"))
                                         .toString()
                                         .toLatin1();
        auto claims = m_live->test.services().tokens.verify(serviceId);
        QVERIFY(claims);
        QCOMPARE(QStringList(claims->keys()),
                 (QStringList{QStringLiteral("exp"), QStringLiteral("iat"),
                              QStringLiteral("serviceId")}));
        QCOMPARE(claims->value(QStringLiteral("exp")).toInteger() -
                     claims->value(QStringLiteral("iat")).toInteger(),
                 3600);
        QVERIFY(!QUuid::fromString(claims->value(QStringLiteral("serviceId")).toString()).isNull());

        const auto blank =
            m_live->http.post(QStringLiteral("/api/clients/generate-service-id"),
                              {{QStringLiteral("name"), QStringLiteral(" ")}}, bearer(token));
        QCOMPARE(blank.status, 400);
        QVERIFY(sameJson(blank.json(), envelope(400, QStringLiteral("Service name is required"))));
    }

    void generateApiKey201()
    {
        const QByteArray token = login(TestServices::adminEmail, TestServices::adminPassword);
        const auto reply =
            generateApiKey(token, {{QStringLiteral("service_id"), serviceId(token)}});
        QCOMPARE(reply.status, 201);
        const QString id = reply.json()
                               .value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(sameJson(reply.json(), envelope(201, QStringLiteral("API Key created"),
                                                QJsonObject{{QStringLiteral("id"), id}})));
        // The id is the credential: it authenticates as x-api-key.
        QCOMPARE(m_live->http
                     .get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", id.toLatin1()}})
                     .status,
                 200);
    }

    void generateApiKey401()
    {
        const QByteArray token = login(TestServices::adminEmail, TestServices::adminPassword);
        const QString service = serviceId(token);
        for (const QByteArray &bad : {QByteArray(), QByteArray("not-a-jwt"), service.toLatin1()}) {
            const auto reply =
                m_live->http.post(QStringLiteral("/api/clients/generate-api-key"),
                                  {{QStringLiteral("service_id"), service}},
                                  bad.isEmpty() ? InProcessServer::Headers{} : bearer(bad));
            QCOMPARE(reply.status, 401);
            QVERIFY(sameJson(reply.json(), envelope(401, QStringLiteral("Invalid JWT token"))));
        }
    }

    void generateApiKey400()
    {
        const QByteArray token = login(TestServices::adminEmail, TestServices::adminPassword);
        for (const QJsonObject &body :
             {QJsonObject{}, QJsonObject{{QStringLiteral("service_id"), QStringLiteral("")}},
              QJsonObject{{QStringLiteral("service_id"), 42}}}) {
            const auto reply = generateApiKey(token, body);
            QCOMPARE(reply.status, 400);
            QVERIFY(
                sameJson(reply.json(), envelope(400, QStringLiteral("Service ID is required"))));
        }
    }

    void generateApiKey403()
    {
        const QByteArray token = login(TestServices::adminEmail, TestServices::adminPassword);
        const QJsonObject expected = envelope(403, QStringLiteral("Service ID expired or invalid"));
        auto reply = generateApiKey(
            token, {{QStringLiteral("service_id"), QString::fromLatin1(seedServiceId)}});
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), expected));
        const QString fresh = serviceId(token);
        m_live->test.clock().advance(3600 + 61);
        const QByteArray stillValidLogin = m_live->test.userToken(TestServices::adminEmail);
        reply = generateApiKey(stillValidLogin, {{QStringLiteral("service_id"), fresh}});
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), expected));
        // Another tenant's service id is no better than a forged one.
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        m_live->test.createUser(other.id, QStringLiteral("admin@other.io"), Role::Admin);
        const QString theirs = serviceId(m_live->test.userToken(QStringLiteral("admin@other.io")));
        reply = generateApiKey(stillValidLogin, {{QStringLiteral("service_id"), theirs}});
        QCOMPARE(reply.status, 201); // a SuperAdmin may act for every tenant
        m_live->test.createUser(1, QStringLiteral("admin@one.io"), Role::Admin);
        reply = generateApiKey(m_live->test.userToken(QStringLiteral("admin@one.io")),
                               {{QStringLiteral("service_id"), theirs}});
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), expected));
    }

    void listMasksAndDeleteByPublicKeyId()
    {
        const QByteArray token = login(TestServices::adminEmail, TestServices::adminPassword);
        const QString secret =
            generateApiKey(token, {{QStringLiteral("service_id"),
                                    serviceId(token, QStringLiteral("billing"))}})
                .json()
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        auto listed = m_live->http.get(QStringLiteral("/api/clients/api-keys"), bearer(token));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("API Keys retrieved"));
        const QJsonArray items = listed.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toString(),
                 secret.left(8) + QString(16, QLatin1Char('*')));
        QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("billing"));
        QVERIFY(!listed.body.contains(secret.toLatin1()));
        const QString keyId = item.value(QStringLiteral("keyId")).toString();
        QVERIFY(keyId != secret);

        // Deleting by the secret itself does not work: it is not the keyId.
        auto reply = m_live->http.send(
            "DELETE", QStringLiteral("/api/clients/api-keys/%1").arg(secret), bearer(token));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(), envelope(404, QStringLiteral("API Key not found"))));
        reply = m_live->http.send("DELETE", QStringLiteral("/api/clients/api-keys/%1").arg(keyId),
                                  bearer(token));
        QCOMPARE(reply.status, 200);
        QVERIFY(sameJson(reply.json(), envelope(200, QStringLiteral("API Key deleted"))));
        QCOMPARE(m_live->http
                     .get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", secret.toLatin1()}})
                     .status,
                 403);
        reply = m_live->http.send("DELETE", QStringLiteral("/api/clients/api-keys/%1").arg(keyId),
                                  bearer(token));
        QCOMPARE(reply.status, 404);
        QCOMPARE(m_live->http.get(QStringLiteral("/api/clients/api-keys"), bearer(token))
                     .json()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 0);
    }

    void plainUsersMayNotMakeKeys()
    {
        m_live->test.createUser(1, QStringLiteral("user@one.io"), Role::User);
        const QByteArray token =
            login(QStringLiteral("user@one.io"), QStringLiteral("userpassword"));
        const auto reply =
            m_live->http.post(QStringLiteral("/api/clients/generate-service-id"),
                              {{QStringLiteral("name"), QStringLiteral("x")}}, bearer(token));
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), envelope(403, QStringLiteral("Forbidden"))));
    }

    void unknownPathsKeepTheEnvelope()
    {
        const auto reply = m_live->http.get(QStringLiteral("/api/clients/nothing-here"));
        QCOMPARE(reply.status, 404);
        // An unknown path belongs to no family: the success envelope (contract).
        QVERIFY(
            sameJson(reply.json(),
                     {{QStringLiteral("success"), false},
                      {QStringLiteral("message"), QStringLiteral("Not found")},
                      {QStringLiteral("errors"),
                       QJsonArray{QStringLiteral("No endpoint at /api/clients/nothing-here")}}}));
    }
};

QTEST_GUILESS_MAIN(TestClientsApi)
#include "TestClientsApi.moc"
