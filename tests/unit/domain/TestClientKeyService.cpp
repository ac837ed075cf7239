// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// ClientKeyService (seed 003's two steps): a service registered by a user
// of a tenant, keys issued only with its unexpired service id and only to
// its own tenant, each found again by its public id.
#include "TestServices.h"

#include <QTest>
#include <QUuid>

using namespace keyward;

class TestClientKeyService : public QObject {
    Q_OBJECT
private:
    // An Admin of tenant 1 with the service it registered, and an Admin of
    // another tenant.
    struct Parties {
        Actor owner;
        Actor stranger;
        ClientKeyService::Registered registered;
    };
    static Parties parties(TestServices &test)
    {
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const Actor owner =
            TestServices::actorOf(test.createUser(1, QStringLiteral("o@example.com"), Role::Admin));
        auto registered = test.services().clientKeys.registerService(owner, QStringLiteral("svc"));
        if (!registered)
            qFatal("service registration failed: %s", qPrintable(registered.error().detail()));
        return {owner,
                TestServices::actorOf(
                    test.createUser(other.id, QStringLiteral("s@example.com"), Role::Admin)),
                *registered};
    }

private slots:
    void aServiceIdIssuesUuidKeysOfItsTenant()
    {
        TestServices test;
        const User admin = test.createUser(1, QStringLiteral("a@example.com"), Role::Admin);
        const auto registered = test.services().clientKeys.registerService(
            TestServices::actorOf(admin), QStringLiteral(" ingest "));
        QVERIFY(registered);
        QCOMPARE(registered->service.tenantId, 1);
        QCOMPARE(registered->service.createdBy, std::optional<qint64>(admin.id));

        const auto issued = test.services().clientKeys.issueKey(TestServices::actorOf(admin),
                                                                registered->serviceId);
        QVERIFY(issued);
        QVERIFY(QUuid::fromString(QString::fromLatin1(issued->secret)).version() == QUuid::Random);
        QCOMPARE(issued->key.permissions, QStringList{QStringLiteral("token:generate")});
        QCOMPARE(issued->key.serviceId, std::optional<qint64>(registered->service.id));
        QCOMPARE(test.services()
                     .keyVerifier.verify(issued->secret, {QStringLiteral("10.0.0.1"), {}})
                     .outcome,
                 KeyVerifier::Outcome::Accepted);

        const auto found = test.services().clientKeys.findByPublicId(TestServices::actorOf(admin),
                                                                     issued->key.publicId);
        QVERIFY(found);
        QCOMPARE(found->id, issued->key.id);
    }

    void aServiceNeedsAName()
    {
        TestServices test;
        for (const QString &name :
             {QString(), QStringLiteral("  "), QString(201, QLatin1Char('n'))}) {
            const auto registered =
                test.services().clientKeys.registerService(TestServices::operatorActor(), name);
            QVERIFY(!registered);
            QCOMPARE(registered.error().code, DomainError::Code::InvalidInput);
            QCOMPARE(registered.error().field, QStringLiteral("name"));
        }
    }

    void anExpiredForeignOrForgedServiceIdIssuesNothing()
    {
        TestServices test;
        const auto [owner, stranger, registered] = parties(test);
        const qint64 before = test.keysOf(1).totalCount;

        auto refused = test.services().clientKeys.issueKey(stranger, registered.serviceId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail(), QStringLiteral("Service ID expired or invalid"));
        refused = test.services().clientKeys.issueKey(owner, "eyJnot.a.jwt");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, DomainError::Code::NotFound);
        test.clock().advance(3601);
        refused = test.services().clientKeys.issueKey(owner, registered.serviceId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail(), QStringLiteral("Service ID expired or invalid"));
        QCOMPARE(test.keysOf(1).totalCount, before);
    }

    void anotherTenantsKeyIsNotFoundByItsPublicId()
    {
        TestServices test;
        const auto [owner, stranger, registered] = parties(test);
        const auto issued = test.services().clientKeys.issueKey(owner, registered.serviceId);
        QVERIFY(issued);
        const auto found =
            test.services().clientKeys.findByPublicId(stranger, issued->key.publicId);
        QVERIFY(!found);
        QCOMPARE(found.error().code, DomainError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestClientKeyService)
#include "TestClientKeyService.moc"
