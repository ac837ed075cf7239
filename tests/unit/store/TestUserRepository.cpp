// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/TenantRepository.h"
#include "store/UserRepository.h"

#include <QTest>

using namespace keyward;

class TestUserRepository : public QObject {
    Q_OBJECT
private:
    static qint64 makeTenant(const Database &database)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return *TenantRepository(database).insert({0, QStringLiteral("T"), true, true, now, now});
    }
    static User user(qint64 tenantId, const QString &email, Role role = Role::User)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {0, tenantId, email, QStringLiteral("$scrypt$x"), role, true, now, now};
    }

private slots:
    void emailIsUniqueWhateverItsCase()
    {
        TestDatabase test;
        UserRepository users(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        QVERIFY(users.insert(user(tenant, QStringLiteral("Ann@Example.com"))));
        auto duplicate = users.insert(user(tenant, QStringLiteral("ann@example.COM")));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, StoreError::Kind::UniqueViolation);
        auto found = users.findByEmail(QStringLiteral("ANN@example.com"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->email, QStringLiteral("Ann@Example.com"));
    }

    void listIsPerTenant()
    {
        TestDatabase test;
        UserRepository users(*test.database());
        const qint64 first = makeTenant(*test.database());
        const qint64 second = makeTenant(*test.database());
        QVERIFY(users.insert(user(first, QStringLiteral("a@x.io"), Role::Admin)));
        QVERIFY(users.insert(user(second, QStringLiteral("b@x.io"))));
        QVERIFY(users.insert(user(second, QStringLiteral("c@x.io"))));
        auto ofSecond = users.list(second, {1, 10});
        QVERIFY(ofSecond);
        QCOMPARE(ofSecond->totalCount, 2);
        for (const User &u : ofSecond->items)
            QCOMPARE(u.tenantId, second);
        QCOMPARE(users.list(std::nullopt, {1, 10})->totalCount, 3);
        QCOMPARE((*users.findByEmail(QStringLiteral("a@x.io")))->role, Role::Admin);
    }

    void searchAndSortCoverEveryUser()
    {
        TestDatabase test;
        UserRepository users(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        const qint64 other = makeTenant(*test.database());
        QVERIFY(users.insert(user(tenant, QStringLiteral("carol@x.io"), Role::SuperAdmin)));
        QVERIFY(users.insert(user(tenant, QStringLiteral("Alice@x.io"), Role::User)));
        User bob = user(tenant, QStringLiteral("bob@y.io"), Role::Admin);
        bob.isActive = false;
        QVERIFY(users.insert(bob));
        QVERIFY(users.insert(user(other, QStringLiteral("admin@x.io"), Role::Admin)));
        const auto emails = [&](const QStringList &terms, UserSort sort = {}) {
            QStringList listed;
            const auto page = users.list(tenant, {1, 10}, terms, sort);
            if (!page)
                return QStringList{page.error().detail};
            for (const User &u : page->items)
                listed << u.email;
            return listed;
        };
        // Every word, in the email or the role, case aside; one tenant only.
        QCOMPARE(emails({QStringLiteral("ADMIN")}),
                 (QStringList{QStringLiteral("carol@x.io"), QStringLiteral("bob@y.io")}));
        QCOMPARE(emails({QStringLiteral("admin"), QStringLiteral("x.io")}),
                 QStringList{QStringLiteral("carol@x.io")});
        QCOMPARE(emails({QStringLiteral("%")}), QStringList());
        QCOMPARE(emails({}, {UserSort::By::Email, false}),
                 (QStringList{QStringLiteral("Alice@x.io"), QStringLiteral("bob@y.io"),
                              QStringLiteral("carol@x.io")}));
        QCOMPARE(emails({}, {UserSort::By::Role, true}),
                 (QStringList{QStringLiteral("Alice@x.io"), QStringLiteral("bob@y.io"),
                              QStringLiteral("carol@x.io")}));
        QCOMPARE(emails({}, {UserSort::By::Status, true}).first(), QStringLiteral("bob@y.io"));
        // Keyset paging in a sorted list skips nothing.
        auto first = users.list(tenant, {1, 2}, {}, {UserSort::By::Email, true});
        QCOMPARE(first->totalCount, 3);
        auto second =
            users.list(tenant, PageRequest(1, 2, first->last), {}, {UserSort::By::Email, true});
        QCOMPARE(second->items.size(), 1);
        QCOMPARE(second->items.first().email, QStringLiteral("Alice@x.io"));
    }

    void updateWritesEveryField()
    {
        TestDatabase test;
        UserRepository users(*test.database());
        User ann = user(makeTenant(*test.database()), QStringLiteral("ann@x.io"));
        ann.id = *users.insert(ann);
        ann.role = Role::Admin;
        ann.isActive = false;
        ann.passwordHash = QStringLiteral("$scrypt$y");
        QVERIFY(users.update(ann));
        const User stored = **users.findById(ann.id);
        QCOMPARE(stored.role, Role::Admin);
        QVERIFY(!stored.isActive);
        QCOMPARE(stored.passwordHash, QStringLiteral("$scrypt$y"));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
