// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "domain/Bootstrap.h"
#include "store/UserRepository.h"

#include <QTest>

using namespace keyward;

class TestBootstrap : public QObject {
    Q_OBJECT
private slots:
    void firstStartCreatesTheDefaults()
    {
        TestServices test; // bootstraps with the admin settings
        auto tenants = test.services().tenants.list(TestServices::operatorActor(), {1, 10});
        QVERIFY(tenants);
        QCOMPARE(tenants->totalCount, 1);
        QCOMPARE(tenants->items.first().id, 1);
        QCOMPARE(tenants->items.first().name, QStringLiteral("Default"));
        auto admin =
            UserRepository(*test.database().database()).findByEmail(TestServices::adminEmail);
        QVERIFY(admin && admin->has_value());
        QCOMPARE((*admin)->role, Role::SuperAdmin);
        QVERIFY(test.services().tenants.discover(1));
    }

    void laterStartsChangeNothing()
    {
        TestServices test;
        Bootstrap::Settings settings;
        settings.tenantName = QStringLiteral("Ignored");
        settings.adminEmail = TestServices::adminEmail;
        settings.adminPassword = QStringLiteral("another-password");
        QVERIFY(Bootstrap::ensureDefaults(test.services(), settings));
        QVERIFY(Bootstrap::ensureDefaults(test.services(), settings));
        auto tenants = test.services().tenants.list(TestServices::operatorActor(), {1, 10});
        QCOMPARE(tenants->totalCount, 1);
        QVERIFY(test.services().auth.login(TestServices::adminEmail, TestServices::adminPassword, 1,
                                           {}));
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "TestBootstrap.moc"
