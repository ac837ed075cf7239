// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// TenantController called directly: what anonymous callers may see of
// tenants (seed 001's validation step) against what credentials show, and a
// tenant created and renamed from request bodies.
#include "ControllerCall.h"
#include "TenantController.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestTenantController : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<TenantController> m_controller;

    QJsonArray items(const HttpResponse &response)
    {
        return bodyOf(response)
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("items"))
            .toArray();
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_controller = std::make_unique<TenantController>(m_test->services());
    }
    void cleanup()
    {
        m_controller.reset();
        m_test.reset();
    }

    void anonymousCallersSeeOnlyDiscoverableTenantsAndLittleOfThem()
    {
        const Tenant hidden = m_test->createTenant(QStringLiteral("Hidden"));
        TenantService::Changes undiscoverable;
        undiscoverable.discoverable = false;
        QVERIFY(m_test->services().tenants.update(TestServices::operatorActor(), hidden.id,
                                                  undiscoverable));

        HttpResponse response = m_controller->getAll(
            ControllerCall::request("GET", QStringLiteral("/api/Tenant/getAll")));
        QCOMPARE(response.status, 200);
        QCOMPARE(items(response),
                 (QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                         {QStringLiteral("name"), QStringLiteral("Default")},
                                         {QStringLiteral("isActive"), true}}}));

        ControllerCall call(*m_test);
        response = m_controller->getAll(ControllerCall::request(
            "GET", QStringLiteral("/api/Tenant/getAll"), call.superAdmin()));
        QCOMPARE(response.status, 200);
        QCOMPARE(items(response).size(), 2);
        QVERIFY(items(response).last().toObject().contains(QStringLiteral("discoverable")));
    }

    void credentialsSentAreHeldToEvenWhereAnonymousWouldDo()
    {
        const HttpResponse response = m_controller->getAll(ControllerCall::request(
            "GET", QStringLiteral("/api/Tenant/getAll"), {{"x-api-key", "sk_wrong"}}));
        QCOMPARE(response.status, 403);
        QCOMPARE(bodyOf(response).value(QStringLiteral("success")).toBool(), false);
    }

    void aTenantIsCreatedAndRenamedFromBodies()
    {
        ControllerCall call(*m_test);
        HttpResponse response = m_controller->create(
            ControllerCall::request("POST", QStringLiteral("/api/Tenant/create"), call.superAdmin(),
                                    {{QStringLiteral("name"), QStringLiteral("Acme")}}));
        QCOMPARE(response.status, 200);
        const qint64 id = bodyOf(response)
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        QVERIFY(id > 1);

        response = m_controller->update(ControllerCall::request(
            "PUT", QStringLiteral("/api/Tenant/update/%1").arg(id), call.superAdmin(),
            {{QStringLiteral("name"), QStringLiteral("Acme Ltd")}}, {QString::number(id)}));
        QCOMPARE(response.status, 200);
        const auto tenant = m_test->services().tenants.get(TestServices::operatorActor(), id);
        QVERIFY(tenant);
        QCOMPARE(tenant->name, QStringLiteral("Acme Ltd"));

        response = m_controller->create(
            ControllerCall::request("POST", QStringLiteral("/api/Tenant/create"), call.superAdmin(),
                                    {{QStringLiteral("name"), 42}}));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid request"));
    }

    void aTakenNameIsAConflictAndChangesNothing()
    {
        ControllerCall call(*m_test);
        const Tenant acme = m_test->createTenant(QStringLiteral("Acme"));
        const Tenant other = m_test->createTenant(QStringLiteral("Initech"));
        const QJsonArray why{
            QStringLiteral("a tenant named \"acme\" already exists (ID %1)").arg(acme.id)};

        HttpResponse response = m_controller->create(
            ControllerCall::request("POST", QStringLiteral("/api/Tenant/create"), call.superAdmin(),
                                    {{QStringLiteral("name"), QStringLiteral("acme")}}));
        QCOMPARE(response.status, 409);
        QCOMPARE(bodyOf(response).value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(bodyOf(response).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Conflict"));
        QCOMPARE(bodyOf(response).value(QStringLiteral("errors")).toArray(), why);

        response = m_controller->update(ControllerCall::request(
            "PUT", QStringLiteral("/api/Tenant/update/%1").arg(other.id), call.superAdmin(),
            {{QStringLiteral("name"), QStringLiteral("acme")}}, {QString::number(other.id)}));
        QCOMPARE(response.status, 409);
        QCOMPARE(bodyOf(response).value(QStringLiteral("errors")).toArray(), why);
        QCOMPARE(m_test->services().tenants.get(TestServices::operatorActor(), other.id)->name,
                 QStringLiteral("Initech"));
        QCOMPARE(m_test->services()
                     .tenants.list(TestServices::operatorActor(), PageRequest(1, 100))
                     ->totalCount,
                 3);
    }
};

QTEST_GUILESS_MAIN(TestTenantController)
#include "TestTenantController.moc"
