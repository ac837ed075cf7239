// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Every mutation made through any family writes an audit event naming who,
// which tenant, what, which row, from where and when.
#include "InProcessServer.h"
#include "TestServices.h"

#include <QTest>

using namespace keyward;

class TestAuditTrail : public QObject {
    Q_OBJECT
private slots:
    void mutationsThroughEachFamilyAreAudited()
    {
        TestServices test;
        InProcessServer http(test.services());
        const QByteArray token = test.userToken(TestServices::adminEmail);
        const InProcessServer::Headers successEnvelope{{"x-api-key", test.tenantKey(1)},
                                                       {"Authorization", "Bearer " + token}};
        const InProcessServer::Headers bearer{{"Authorization", "Bearer " + token}};
        const qint64 before = test.services().audit.list(std::nullopt, {1, 500})->totalCount;

        const qint64 keyId =
            http.post(QStringLiteral("/api/ApiKey/create"),
                      {{QStringLiteral("name"), QStringLiteral("a")}}, successEnvelope)
                .json()
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("id"))
                .toInteger();
        QCOMPARE(http.send("PUT", QStringLiteral("/api/ApiKey/update/%1").arg(keyId),
                           successEnvelope, R"({"name":"b"})")
                     .status,
                 200);
        QCOMPARE(http.post(QStringLiteral("/api/ApiKey/rotate/%1").arg(keyId),
                           {{QStringLiteral("gracePeriod"), 60}}, successEnvelope)
                     .status,
                 200);
        QCOMPARE(
            http.send("DELETE", QStringLiteral("/api/ApiKey/delete/%1").arg(keyId), successEnvelope)
                .status,
            200);
        QCOMPARE(http.post(QStringLiteral("/api/Tenant/create"),
                           {{QStringLiteral("name"), QStringLiteral("T2")}}, successEnvelope)
                     .status,
                 200);
        QCOMPARE(http.post(QStringLiteral("/api/User/create"),
                           {{QStringLiteral("email"), QStringLiteral("u@x.io")},
                            {QStringLiteral("password"), QStringLiteral("longenough")}},
                           successEnvelope)
                     .status,
                 200);
        QCOMPARE(http.post(QStringLiteral("/api/clients/generate-service-id"),
                           {{QStringLiteral("name"), QStringLiteral("svc")}}, bearer)
                     .status,
                 201);
        QCOMPARE(http.post(QStringLiteral("/api/v1/apikey"),
                           {{QStringLiteral("label"), QStringLiteral("c")}}, bearer)
                     .status,
                 200);

        auto events = test.services().audit.list(std::nullopt, {1, 500});
        QVERIFY(events);
        QStringList actions;
        for (qsizetype i = 0; i < events->totalCount - before; ++i) {
            const AuditEvent &event = events->items.at(i);
            actions.prepend(event.action);
            QCOMPARE(event.actor, QStringLiteral("user:1"));
            QCOMPARE(event.sourceIp, QStringLiteral("127.0.0.1"));
            QVERIFY(event.occurredAt.isValid());
            QVERIFY(!event.target.isEmpty());
        }
        // tenant.create also mints the new tenant's key, in the same transaction.
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("apikey.create"), QStringLiteral("apikey.update"),
                              QStringLiteral("apikey.create"), QStringLiteral("apikey.rotate"),
                              QStringLiteral("apikey.delete"), QStringLiteral("apikey.create"),
                              QStringLiteral("tenant.create"), QStringLiteral("user.create"),
                              QStringLiteral("service.create"), QStringLiteral("apikey.create")}));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
