// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Values without a sane bound, written as the requests that sent them: a
// lifetime of 2^53-1 seconds, an expiry in the year 9999, a grace period of
// centuries. Each gets the family's 400 and changes nothing; and a v1
// key created without a lifetime says when it expires, the same instant its
// JWT carries.
#include "FreshStoreServer.h"
#include "JwtHeader.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestBoundedValues : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;
    InProcessServer::Headers m_asAdmin;
    InProcessServer::Headers m_bearer;

    InProcessServer &http() { return m_live->http; }
    qint64 keyCount() const { return m_live->test.keysOf(1, true).totalCount; }

private slots:
    void init()
    {
        m_live = std::make_unique<FreshStoreServer>();
        const QByteArray token = m_live->test.userToken(TestServices::adminEmail);
        m_bearer = {{"Authorization", "Bearer " + token}};
        m_asAdmin = {{"x-api-key", m_live->test.tenantKey(1)}, m_bearer.front()};
    }

    void successEnvelopeRefusesUnboundedValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("lifetime 2^53-1")
            << QStringLiteral("/api/ApiKey/create")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("forever")},
                           {QStringLiteral("lifetime"), 9007199254740991.0}}
            << QStringLiteral("lifetime must be at most 3153600000 seconds (100 years)");
        QTest::newRow("expiry in 9999")
            << QStringLiteral("/api/ApiKey/create")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("forever")},
                           {QStringLiteral("expiresAt"), QStringLiteral("9999-12-31T00:00:00Z")}}
            << QStringLiteral("expiresAt must be within 100 years");
        QTest::newRow("grace of centuries")
            << QStringLiteral("/api/ApiKey/rotate/1")
            << QJsonObject{{QStringLiteral("gracePeriod"), 9007199254740991.0}}
            << QStringLiteral("gracePeriod must be between 0 and 31536000 seconds (1 year)");
    }
    void successEnvelopeRefusesUnboundedValues()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, error);
        const qint64 before = keyCount();
        const auto reply = http().send("POST", path, m_asAdmin, QJsonDocument(body).toJson());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toArray().first().toString(), error);
        QCOMPARE(keyCount(), before);
        // The tenant key (id 1) still works as it did.
        QCOMPARE(http()
                     .get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", m_live->test.tenantKey(1)}})
                     .status,
                 200);
    }

    void anExpiryChangedToCenturiesIsRefused()
    {
        NewKey request;
        request.name = QStringLiteral("k");
        request.permissions = {QStringLiteral("read")};
        const IssuedKey key = m_live->test.createKey(1, request);
        const auto reply =
            http().send("PUT", QStringLiteral("/api/ApiKey/update/%1").arg(key.key.id), m_asAdmin,
                        QJsonDocument(QJsonObject{{QStringLiteral("expiresAt"),
                                                   QStringLiteral("3000-01-01T00:00:00Z")}})
                            .toJson());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toArray().first().toString(),
                 QStringLiteral("expiresAt must be within 100 years"));
    }

    void v1RefusesALifetimeOfCenturies()
    {
        const qint64 before = keyCount();
        const auto reply = http().send(
            "POST", QStringLiteral("/api/v1/apikey"), m_bearer,
            QJsonDocument(QJsonObject{{QStringLiteral("label"), QStringLiteral("forever")},
                                      {QStringLiteral("lifetime"), 9007199254740991.0}})
                .toJson());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("lifetime must be at most 3153600000 seconds (100 years)"));
        QCOMPARE(keyCount(), before);
    }

    void aV1KeyWithoutLifetimeSaysWhenItsJwtExpires()
    {
        const auto reply = http().send(
            "POST", QStringLiteral("/api/v1/apikey"), m_bearer,
            QJsonDocument(QJsonObject{{QStringLiteral("label"), QStringLiteral("open-ended")}})
                .toJson());
        QCOMPARE(reply.status, 200);
        const QJsonObject dto = reply.json();
        QVERIFY(dto.value(QStringLiteral("lifetime")).isNull());
        const qint64 expiresAt = dto.value(QStringLiteral("expiresAt")).toInteger(-1);
        const QJsonObject claims =
            jwtClaims(dto.value(QStringLiteral("apiKey")).toString().toLatin1());
        QCOMPARE(expiresAt, claims.value(QStringLiteral("exp")).toInteger());
        QCOMPARE(expiresAt - dto.value(QStringLiteral("createdAt")).toInteger(),
                 maxKeyLifetimeSeconds);
    }
};

QTEST_GUILESS_MAIN(TestBoundedValues)
#include "TestBoundedValues.moc"
