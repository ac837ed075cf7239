// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Seed 001: GET /api/ApiKey/{tenantId}/apikey, anonymous. Every documented
// outcome with its exact status and body.
#include "FreshStoreServer.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestTenantKeyDiscovery : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    ApiKey currentTenantKey(qint64 tenantId)
    {
        return **ApiKeyRepository(*m_live->test.database().database()).findTenantKey(tenantId);
    }
    void setStatus(qint64 keyId, KeyStatus status)
    {
        KeyChanges change;
        change.status = status;
        QVERIFY(m_live->test.services().keys.update(TestServices::operatorActor(), keyId, change));
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void success200()
    {
        const Tenant tenant = m_live->test.createTenant(QStringLiteral("Example Company"));
        const auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/%1/apikey").arg(tenant.id),
                                            {{"Accept", "application/json"}});
        QCOMPARE(reply.status, 200);
        const QString key = reply.json()
                                .value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("key"))
                                .toString();
        QVERIFY(key.startsWith(QStringLiteral("ak_")));
        const QJsonObject expected{
            {QStringLiteral("success"), true},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("key"), key},
                         {QStringLiteral("isActive"), true},
                         {QStringLiteral("tenantId"), tenant.id},
                         {QStringLiteral("tenantName"), QStringLiteral("Example Company")}}},
            {QStringLiteral("message"), QStringLiteral("API Key retrieved successfully")}};
        QVERIFY(sameJson(reply.json(), expected));
        // The discovered key is the live credential (seed 001's "Verify API key works").
        QCOMPARE(m_live->http
                     .get(QStringLiteral("/api/Token/generate-from-apikey"),
                          {{"x-api-key", key.toLatin1()}})
                     .status,
                 200);
    }

    void tenantNotFound404()
    {
        auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/77/apikey"));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("Tenant not found"),
                                                QStringLiteral("No tenant found with ID 77"))));
    }

    void notConfigured404()
    {
        setStatus(currentTenantKey(1).id, KeyStatus::Deleted);
        const auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/1/apikey"));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(
                             QStringLiteral("API Key not configured for tenant"),
                             QStringLiteral("No API key has been configured for tenant ID 1"))));
    }

    void inactive400()
    {
        setStatus(currentTenantKey(1).id, KeyStatus::Disabled);
        const auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/1/apikey"));
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(
                             QStringLiteral("API Key is not active or expired"),
                             QStringLiteral("The API key for this tenant is currently inactive"))));
    }

    void undiscoverableTenantLooksAbsent()
    {
        TenantService::Changes hide;
        hide.discoverable = false;
        QVERIFY(m_live->test.services().tenants.update(TestServices::operatorActor(), 1, hide));
        const auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/1/apikey"));
        QCOMPARE(reply.status, 404);
        QVERIFY(sameJson(reply.json(),
                         successEnvelopeFailure(QStringLiteral("Tenant not found"),
                                                QStringLiteral("No tenant found with ID 1"))));
    }

    void badIds400_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("word") << QStringLiteral("abc");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999999");
    }
    void badIds400()
    {
        QFETCH(QString, id);
        const auto reply = m_live->http.get(QStringLiteral("/api/ApiKey/%1/apikey").arg(id));
        QCOMPARE(reply.status, 400);
        QVERIFY(sameJson(reply.json(), successEnvelopeFailure(
                                           QStringLiteral("Invalid request"),
                                           QStringLiteral("tenantId must be a positive integer"))));
    }
};

QTEST_GUILESS_MAIN(TestTenantKeyDiscovery)
#include "TestTenantKeyDiscovery.moc"
