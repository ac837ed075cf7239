// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// UserService: users validated before they are stored, roles granted only
// by those who hold them, tenants kept apart, and the last active
// SuperAdmin kept.
#include "TestServices.h"

#include <QTest>

using namespace keyward;

class TestUserService : public QObject {
    Q_OBJECT
private:
    static UserService::NewUser newUser(const QString &email, Role role = Role::User)
    {
        UserService::NewUser user;
        user.tenantId = 1;
        user.email = email;
        user.password = QStringLiteral("a long password");
        user.role = role;
        return user;
    }

private slots:
    void badInputIsRefusedBeforeAnythingIsStored_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("no at") << "bob"
                               << "a long password"
                               << "email";
        QTest::newRow("no domain dot") << "bob@example"
                                       << "a long password"
                                       << "email";
        QTest::newRow("two ats") << "bob@x@example.com"
                                 << "a long password"
                                 << "email";
        QTest::newRow("short password") << "bob@example.com"
                                        << "short"
                                        << "password";
    }
    void badInputIsRefusedBeforeAnythingIsStored()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, field);
        TestServices test;
        UserService::NewUser user = newUser(email);
        user.password = password;
        const auto created = test.services().users.create(TestServices::operatorActor(), user);
        QVERIFY(!created);
        QCOMPARE(created.error().code, DomainError::Code::InvalidInput);
        QCOMPARE(created.error().field, field);
        QCOMPARE(test.services().users.list(TestServices::operatorActor(), 1, {1, 50})->totalCount,
                 1);
    }

    void anEmailIsOneUsersOnly()
    {
        TestServices test;
        QVERIFY(test.services().users.create(TestServices::operatorActor(),
                                             newUser(QStringLiteral("bob@example.com"))));
        const auto again = test.services().users.create(TestServices::operatorActor(),
                                                        newUser(QStringLiteral("bob@example.com")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, DomainError::Code::Conflict);
    }

    void anAdminGrantsNoMoreThanItHolds()
    {
        TestServices test;
        const User admin = test.createUser(1, QStringLiteral("admin1@example.com"), Role::Admin);
        const auto superAdmin = test.services().users.create(
            TestServices::actorOf(admin),
            newUser(QStringLiteral("s@example.com"), Role::SuperAdmin));
        QVERIFY(!superAdmin);
        QCOMPARE(superAdmin.error().code, DomainError::Code::Forbidden);
        QVERIFY(test.services().users.create(
            TestServices::actorOf(admin), newUser(QStringLiteral("a2@example.com"), Role::Admin)));
        const User plain = test.createUser(1, QStringLiteral("plain@example.com"), Role::User);
        UserService::Changes promote;
        promote.role = Role::Admin;
        const auto promoted =
            test.services().users.update(TestServices::actorOf(plain), plain.id, promote);
        QVERIFY(!promoted);
        QCOMPARE(promoted.error().code, DomainError::Code::Forbidden);
    }

    void anotherTenantsUsersAreOutOfReach()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const User theirs =
            test.createUser(other.id, QStringLiteral("theirs@example.com"), Role::User);
        const User admin = test.createUser(1, QStringLiteral("admin1@example.com"), Role::Admin);
        QVERIFY(!test.services().users.get(TestServices::actorOf(admin), theirs.id));
        UserService::NewUser intoOther = newUser(QStringLiteral("x@example.com"));
        intoOther.tenantId = other.id;
        const auto created = test.services().users.create(TestServices::actorOf(admin), intoOther);
        QVERIFY(!created);
        QCOMPARE(created.error().code, DomainError::Code::Forbidden);
        QVERIFY(!test.services().users.list(TestServices::actorOf(admin), other.id, {1, 50}));
    }

    void theLastActiveSuperAdminStays()
    {
        TestServices test;
        const auto admins = test.services().users.list(TestServices::operatorActor(), 1, {1, 50});
        QVERIFY(admins);
        const User only = admins->items.first();
        QCOMPARE(only.role, Role::SuperAdmin);
        UserService::Changes deactivate;
        deactivate.isActive = false;
        auto refused =
            test.services().users.update(TestServices::operatorActor(), only.id, deactivate);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, DomainError::Code::Conflict);
        UserService::Changes demote;
        demote.role = Role::Admin;
        QVERIFY(!test.services().users.update(TestServices::operatorActor(), only.id, demote));

        // With a second one, the first may go.
        test.createUser(1, QStringLiteral("second@example.com"), Role::SuperAdmin);
        QVERIFY(test.services().users.update(TestServices::operatorActor(), only.id, deactivate));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
