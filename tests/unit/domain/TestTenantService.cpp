// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace keyward;
using Failure = TenantService::DiscoveryFailure;

class TestTenantService : public QObject {
    Q_OBJECT
private slots:
    void newTenantsAreBornWithATenantKey()
    {
        TestServices test;
        const Tenant tenant = test.createTenant(QStringLiteral("Acme"));
        auto discovered = test.services().tenants.discover(tenant.id);
        QVERIFY(discovered);
        QVERIFY(discovered->key.startsWith("ak_"));
        QCOMPARE(discovered->tenant.name, QStringLiteral("Acme"));
        QCOMPARE(test.services()
                     .keyVerifier
                     .verify(discovered->key,
                             {QStringLiteral("127.0.0.1"), QStringLiteral("token:generate")})
                     .outcome,
                 KeyVerifier::Outcome::Accepted);
    }

    void discoveryOutcomes()
    {
        TestServices test;
        auto &tenants = test.services().tenants;
        QCOMPARE(tenants.discover(999).error(), Failure::TenantNotFound);
        const Tenant tenant = test.createTenant(QStringLiteral("Hidden"));
        const ApiKey key = **ApiKeyRepository(*test.database().database()).findTenantKey(tenant.id);
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), key.id, disable));
        QCOMPARE(tenants.discover(tenant.id).error(), Failure::KeyInactive);
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), key.id));
        QCOMPARE(tenants.discover(tenant.id).error(), Failure::KeyNotConfigured);
        TenantService::Changes hide;
        hide.discoverable = false;
        QVERIFY(tenants.update(TestServices::operatorActor(), tenant.id, hide));
        QCOMPARE(tenants.discover(tenant.id).error(), Failure::TenantNotFound);
    }

    void onlySuperAdminsCreateTenants()
    {
        TestServices test;
        const User admin = test.createUser(1, QStringLiteral("a@one.io"), Role::Admin);
        const Actor actor = TestServices::actorOf(admin);
        QCOMPARE(test.services().tenants.create(actor, QStringLiteral("Nope")).error().code,
                 DomainError::Code::Forbidden);
        QCOMPARE(test.services()
                     .tenants.create(TestServices::operatorActor(), QStringLiteral(" "))
                     .error()
                     .code,
                 DomainError::Code::InvalidInput);
    }

    void noTwoTenantsShareAName()
    {
        TestServices test;
        auto &tenants = test.services().tenants;
        const Actor op = TestServices::operatorActor();
        const Tenant acme = test.createTenant(QStringLiteral("Acme"));
        const Tenant other = test.createTenant(QStringLiteral("Initech"));
        const qint64 before = *TenantRepository(*test.database().database()).count();

        auto twin = tenants.create(op, QStringLiteral("  aCME "));
        QVERIFY(!twin);
        QCOMPARE(twin.error().code, DomainError::Code::Conflict);
        QCOMPARE(twin.error().detail(),
                 QStringLiteral("a tenant named \"aCME\" already exists (ID %1)").arg(acme.id));
        QCOMPARE(*TenantRepository(*test.database().database()).count(), before);

        TenantService::Changes rename;
        rename.name = QStringLiteral("ACME");
        auto renamed = tenants.update(op, other.id, rename);
        QVERIFY(!renamed);
        QCOMPARE(renamed.error().code, DomainError::Code::Conflict);
        QCOMPARE(tenants.get(op, other.id)->name, QStringLiteral("Initech"));

        // A tenant may change the case of its own name, or keep it.
        QVERIFY(tenants.update(op, acme.id, rename));
        QCOMPARE(tenants.get(op, acme.id)->name, QStringLiteral("ACME"));
        TenantService::Changes deactivate;
        deactivate.isActive = false;
        QVERIFY(tenants.update(op, acme.id, deactivate));
    }

    // Two operators (or processes: on PostgreSQL each thread is its own
    // connection, as another instance would be) creating one name at once:
    // the name check and the insert run under one lock, so exactly one wins.
    void oneNameCreatedAtOnceMakesOneTenant()
    {
        TestServices test;
        const TenantService &tenants = test.services().tenants;
        const qint64 before = *TenantRepository(*test.database().database()).count();
        constexpr int rounds = 5;
        const QStringList spellings{QStringLiteral("Globex %1"), QStringLiteral("GLOBEX %1"),
                                    QStringLiteral(" globex %1"), QStringLiteral("Globex %1 ")};
        for (int round = 0; round < rounds; ++round) {
            std::atomic<int> created = 0;
            std::atomic<int> refused = 0;
            std::atomic<int> failed = 0;
            std::vector<std::unique_ptr<QThread>> workers;
            for (const QString &spelling : spellings) {
                workers.emplace_back(QThread::create([&, name = spelling.arg(round)] {
                    const auto made = tenants.create(TestServices::operatorActor(), name);
                    if (made)
                        ++created;
                    else if (made.error().code == DomainError::Code::Conflict)
                        ++refused;
                    else
                        ++failed;
                }));
                workers.back()->start();
            }
            for (const auto &worker : workers)
                QVERIFY(worker->wait(30000));
            QCOMPARE(failed.load(), 0);
            QCOMPARE(created.load(), 1);
            QCOMPARE(refused.load(), int(spellings.size()) - 1);
        }
        QCOMPARE(*TenantRepository(*test.database().database()).count(), before + rounds);
    }
};

QTEST_GUILESS_MAIN(TestTenantService)
#include "TestTenantService.moc"
