// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// GET /api/ApiKey/{id}/usage: what came of a key's verifications through
// the real server, in the success envelope, to an Admin of the key's tenant
// or a SuperAdmin; another tenant's key is not found.
#include "FreshStoreServer.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestKeyUsageApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    InProcessServer::Headers as(const QString &email, qint64 tenant = 1)
    {
        return {{"x-api-key", m_live->test.tenantKey(tenant)},
                {"Authorization", "Bearer " + m_live->test.userToken(email)}};
    }
    InProcessServer::Reply usage(qint64 id, const QString &query,
                                 const InProcessServer::Headers &headers)
    {
        return m_live->http.get(QStringLiteral("/api/ApiKey/%1/usage%2").arg(id).arg(query),
                                headers);
    }
    int exchange(const QByteArray &key)
    {
        return m_live->http
            .get(QStringLiteral("/api/Token/generate-from-apikey"), {{"x-api-key", key}})
            .status;
    }
    IssuedKey keyFor(const QString &networks)
    {
        NewKey request;
        request.name = QStringLiteral("ingest");
        request.permissions = {QStringLiteral("token:generate")};
        request.allowedNetworks = networks;
        return m_live->test.createKey(1, request);
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void success200()
    {
        const IssuedKey used = keyFor(QStringLiteral("127.0.0.1"));
        QCOMPARE(exchange(used.secret), 200);
        QCOMPARE(exchange(used.secret), 200);
        const IssuedKey elsewhere = keyFor(QStringLiteral("10.0.0.0/8"));
        QCOMPARE(exchange(elsewhere.secret), 422);
        QVERIFY(m_live->test.services().usage.flush());

        const QDateTime now = m_live->test.clock().now();
        const QDateTime since = UsageSpan::parse(QStringLiteral("24h"))->startAt(now);
        QJsonArray buckets;
        for (int i = 0; i < 24; ++i)
            buckets.append(QJsonObject{
                {QStringLiteral("start"), since.addSecs(i * 3600).toString(Qt::ISODate)},
                {QStringLiteral("accepted"), i == 23 ? 2 : 0},
                {QStringLiteral("refused"), QJsonObject()}});
        const auto reply = usage(used.key.id, QString(), as(TestServices::adminEmail));
        QCOMPARE(reply.status, 200);
        const QJsonObject expected{
            {QStringLiteral("success"), true},
            {QStringLiteral("message"), QStringLiteral("API Key usage retrieved successfully")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("keyId"), used.key.id},
                         {QStringLiteral("since"), since.toString(Qt::ISODate)},
                         {QStringLiteral("bucket"), QStringLiteral("hour")},
                         {QStringLiteral("totals"),
                          QJsonObject{{QStringLiteral("accepted"), 2},
                                      {QStringLiteral("refused"), QJsonObject()}}},
                         {QStringLiteral("buckets"), buckets},
                         {QStringLiteral("recentAddresses"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("lastSeen"), now.toString(Qt::ISODate)},
                              {QStringLiteral("outcome"), QStringLiteral("accepted")}}}}}}};
        QVERIFY(sameJson(reply.json(), expected));

        const auto refused =
            usage(elsewhere.key.id, QStringLiteral("?since=30d"), as(TestServices::adminEmail));
        QCOMPARE(refused.status, 200);
        const QJsonObject data = refused.json()[QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("bucket")].toString(), QStringLiteral("day"));
        QCOMPARE(data[QStringLiteral("buckets")].toArray().size(), 30);
        QVERIFY(sameJson(data[QStringLiteral("totals")].toObject(),
                         QJsonObject{{QStringLiteral("accepted"), 0},
                                     {QStringLiteral("refused"),
                                      QJsonObject{{QStringLiteral("address_not_allowed"), 1}}}}));
    }

    void badSince400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("weeks") << "?since=2w";
        QTest::newRow("empty") << "?since=";
        QTest::newRow("too many hours") << "?since=169h";
        QTest::newRow("too many days") << "?since=367d";
        QTest::newRow("negative") << "?since=-1d";
    }
    void badSince400()
    {
        QFETCH(QString, query);
        const IssuedKey issued = keyFor(QString());
        const auto reply = usage(issued.key.id, query, as(TestServices::adminEmail));
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                           QStringLiteral("Invalid request"),
                                           QStringLiteral("since must be a number of hours (1h to "
                                                          "168h) or days (1d to 366d), such as 24h "
                                                          "or 30d"))));
    }

    void anotherTenantsKey404()
    {
        const IssuedKey issued = keyFor(QString());
        const Tenant other = m_live->test.createTenant(QStringLiteral("Other"));
        m_live->test.createUser(other.id, QStringLiteral("admin@other.test"), Role::Admin);
        const auto reply =
            usage(issued.key.id, QString(), as(QStringLiteral("admin@other.test"), other.id));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(
                             QStringLiteral("API Key not found"),
                             QStringLiteral("No API key found with ID %1").arg(issued.key.id))));
    }

    void unknownKey404()
    {
        const auto reply = usage(424242, QString(), as(TestServices::adminEmail));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                           QStringLiteral("API Key not found"),
                                           QStringLiteral("No API key found with ID 424242"))));
    }

    void plainMember403()
    {
        const IssuedKey issued = keyFor(QString());
        m_live->test.createUser(1, QStringLiteral("member@example.com"), Role::User);
        const auto reply =
            usage(issued.key.id, QString(), as(QStringLiteral("member@example.com")));
        QCOMPARE(reply.status, 403);
        QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                           QStringLiteral("Forbidden - Insufficient permissions"),
                                           QStringLiteral("Cannot access this API key"))));
    }

    void missingKey401()
    {
        const auto reply = usage(
            1, QString(),
            {{"Authorization", "Bearer " + m_live->test.userToken(TestServices::adminEmail)}});
        QCOMPARE(reply.status, 401);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("API Key is missing."),
                                                QStringLiteral("Missing x-api-key header"))));
    }
};

QTEST_GUILESS_MAIN(TestKeyUsageApi)
#include "TestKeyUsageApi.moc"
