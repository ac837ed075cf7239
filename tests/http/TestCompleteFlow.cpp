// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Seed 001's "Example Complete Flow", replayed against a real server:
// discover the tenant key anonymously, log in with it, then call a protected
// endpoint with both the key and the JWT. Also the "Validation Steps".
#include "InProcessServer.h"
#include "TestServices.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestCompleteFlow : public QObject {
    Q_OBJECT
private slots:
    void discoverLoginAndCallAProtectedEndpoint()
    {
        TestServices test;
        InProcessServer http(test.services());
        test.createUser(1, QStringLiteral("user@example.com"), Role::Admin,
                        QStringLiteral("password"));

        // 1. Get tenant API key (no auth required)
        const auto discovered =
            http.get(QStringLiteral("/api/ApiKey/1/apikey"), {{"Accept", "application/json"}});
        QCOMPARE(discovered.status, 200);
        const QByteArray tenantApiKey = discovered.json()
                                            .value(QStringLiteral("data"))
                                            .toObject()
                                            .value(QStringLiteral("key"))
                                            .toString()
                                            .toLatin1();

        // 2. Generate JWT token using the API key
        const auto login =
            http.send("POST", QStringLiteral("/api/Token/generate"),
                      {{"x-api-key", tenantApiKey}, {"Content-Type", "application/json"}},
                      R"({"email": "user@example.com", "password": "password"})");
        QCOMPARE(login.status, 200);
        const QByteArray jwt = login.json().value(QStringLiteral("data")).toString().toLatin1();

        // 3. Use both API key and JWT for protected endpoints
        const auto users =
            http.get(QStringLiteral("/api/User/getAll"),
                     {{"x-api-key", tenantApiKey}, {"Authorization", "Bearer " + jwt}});
        QCOMPARE(users.status, 200);
        const QJsonObject data = users.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("totalCount")).toInteger(), 2);
        QStringList emails;
        for (const QJsonValue &user : data.value(QStringLiteral("items")).toArray())
            emails << user.toObject().value(QStringLiteral("email")).toString();
        emails.sort();
        QCOMPARE(emails,
                 (QStringList{TestServices::adminEmail, QStringLiteral("user@example.com")}));
        QCOMPARE(data.value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("pageSize")).toInt(), 20);

        // Without the JWT the same call is refused with the documented message.
        const auto refused =
            http.get(QStringLiteral("/api/User/getAll"), {{"x-api-key", tenantApiKey}});
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Accesso negato: token non valido o mancante"));
    }

    void validationSteps()
    {
        TestServices test;
        InProcessServer http(test.services());
        // Check if tenant exists: anonymous getAll lists it with id, name, isActive only.
        const auto tenants = http.get(QStringLiteral("/api/Tenant/getAll"));
        QCOMPARE(tenants.status, 200);
        const QJsonArray items = tenants.json()
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject(),
                 (QJsonObject{{QStringLiteral("id"), 1},
                              {QStringLiteral("name"), QStringLiteral("Default")},
                              {QStringLiteral("isActive"), true}}));
        // Verify API key works
        const auto token = http.get(QStringLiteral("/api/Token/generate-from-apikey"),
                                    {{"x-api-key", test.tenantKey(1)}});
        QCOMPARE(token.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCompleteFlow)
#include "TestCompleteFlow.moc"
