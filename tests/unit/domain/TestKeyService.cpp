// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "crypto/Digest.h"
#include "crypto/KeyFormat.h"

#include <QTest>

using namespace keyward;

class TestKeyService : public QObject {
    Q_OBJECT
private:
    static NewKey named(const QString &name)
    {
        NewKey key;
        key.name = name;
        key.permissions = {QStringLiteral("read"), QStringLiteral("token:generate")};
        return key;
    }

private slots:
    void createStoresOnlyTheDigest()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, named(QStringLiteral("billing")));
        QCOMPARE(KeyFormat::classify(issued.secret), KeyKind::Secret);
        QCOMPARE(issued.key.digest, Digest::sha256Hex(issued.secret));
        QVERIFY(issued.key.sealedValue.isEmpty());
        QCOMPARE(issued.key.displayPrefix.toLatin1(), KeyFormat::displayPrefix(issued.secret));
        auto stored = test.services().keys.get(TestServices::operatorActor(), issued.key.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("billing"));
        QVERIFY(!stored->displayPrefix.contains(QString::fromLatin1(issued.secret.mid(10))));
    }

    void invalidRequestsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("networks");
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<QString>("permission");
        QTest::newRow("blank name") << "name"
                                    << "   "
                                    << "" << qint64(0) << "read";
        QTest::newRow("bad network") << "allowedIp"
                                     << "k"
                                     << "10.0.0.0/8, 10.1" << qint64(0) << "read";
        QTest::newRow("negative lifetime") << "lifetime"
                                           << "k"
                                           << "" << qint64(-5) << "read";
        QTest::newRow("bad permission") << "permissions"
                                        << "k"
                                        << "" << qint64(0) << "Read Everything";
    }
    void invalidRequestsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, name);
        QFETCH(QString, networks);
        QFETCH(qint64, lifetime);
        QFETCH(QString, permission);
        TestServices test;
        NewKey request = named(name);
        request.tenantId = 1;
        request.allowedNetworks = networks;
        request.permissions = {permission};
        if (lifetime)
            request.lifetimeSeconds = lifetime;
        auto created = test.services().keys.create(TestServices::operatorActor(), request);
        QVERIFY(!created);
        QCOMPARE(created.error().code, DomainError::Code::InvalidInput);
        QCOMPARE(created.error().field, field);
        QCOMPARE(test.services().keys.list(TestServices::operatorActor(), {}, {1, 50})->totalCount,
                 1);
    }

    void tenantIsolationAndRoles()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const User admin = test.createUser(1, QStringLiteral("a@one.io"), Role::Admin);
        const User plain = test.createUser(1, QStringLiteral("u@one.io"), Role::User);
        const IssuedKey foreign = test.createKey(other.id, named(QStringLiteral("theirs")));
        const IssuedKey own = test.createKey(1, named(QStringLiteral("ours")));
        auto &keys = test.services().keys;
        QCOMPARE(keys.get(TestServices::actorOf(admin), foreign.key.id).error().code,
                 DomainError::Code::Forbidden);
        QVERIFY(keys.get(TestServices::actorOf(admin), own.key.id));
        QCOMPARE(keys.get(TestServices::actorOf(plain), own.key.id).error().code,
                 DomainError::Code::Forbidden);
        NewKey intoOther = named(QStringLiteral("sneaky"));
        intoOther.tenantId = other.id;
        QCOMPARE(keys.create(TestServices::actorOf(admin), intoOther).error().code,
                 DomainError::Code::Forbidden);
        const auto listed = keys.list(TestServices::actorOf(admin), {}, {1, 50});
        QVERIFY(listed);
        for (const ApiKey &key : listed->items)
            QCOMPARE(key.tenantId, 1);
    }

    // The tenant list's counts, in one query: deleted keys aside, and only
    // the tenants the actor may read.
    void countsKeysPerTenantAsTheActorMaySee()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const User admin = test.createUser(1, QStringLiteral("a@one.io"), Role::Admin);
        test.createKey(other.id, named(QStringLiteral("theirs")));
        const IssuedKey gone = test.createKey(other.id, named(QStringLiteral("gone")));
        test.createKey(1, named(QStringLiteral("ours")));
        auto &keys = test.services().keys;
        QVERIFY(keys.remove(TestServices::operatorActor(), gone.key.id));
        const auto all = keys.countPerTenant(TestServices::operatorActor());
        QVERIFY(all);
        // Each tenant's own tenant key counts too.
        QCOMPARE(all->value(other.id), 2);
        QCOMPARE(all->value(1), 2);
        KeyService::ListFilter ofOther;
        ofOther.tenantId = other.id;
        QCOMPARE(all->value(other.id),
                 keys.list(TestServices::operatorActor(), ofOther, {1, 50})->totalCount);
        const auto own = keys.countPerTenant(TestServices::actorOf(admin));
        QVERIFY(own);
        QCOMPARE(own->keys(), QList<qint64>{1});
    }

    void rotationKeepsTheOldSecretForTheGracePeriod()
    {
        TestServices test;
        const IssuedKey first = test.createKey(1, named(QStringLiteral("rotating")));
        auto rotated =
            test.services().keys.rotate(TestServices::operatorActor(), first.key.id, 300);
        QVERIFY(rotated);
        QVERIFY(rotated->secret != first.secret);
        QCOMPARE(rotated->key.permissions, first.key.permissions);
        auto &verifier = test.services().keyVerifier;
        const KeyVerifier::Request request{QStringLiteral("127.0.0.1"), QStringLiteral("read")};
        QCOMPARE(verifier.verify(first.secret, request).outcome, KeyVerifier::Outcome::Accepted);
        QCOMPARE(verifier.verify(rotated->secret, request).outcome, KeyVerifier::Outcome::Accepted);
        test.clock().advance(301);
        QCOMPARE(verifier.verify(first.secret, request).outcome, KeyVerifier::Outcome::Expired);
        QCOMPARE(verifier.verify(rotated->secret, request).outcome, KeyVerifier::Outcome::Accepted);
    }

    void tenantKeyRotationKeepsOneCurrentKey()
    {
        TestServices test;
        const ApiKey current = **ApiKeyRepository(*test.database().database()).findTenantKey(1);
        const QByteArray before = test.tenantKey(1);
        auto rotated = test.services().keys.rotate(TestServices::operatorActor(), current.id, 60);
        QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().detail()));
        QCOMPARE(test.tenantKey(1), rotated->secret);
        QVERIFY(before != rotated->secret);
        NewKey second = named(QStringLiteral("another"));
        second.kind = ApiKeyKind::Tenant;
        second.tenantId = 1;
        QCOMPARE(test.services().keys.create(TestServices::operatorActor(), second).error().code,
                 DomainError::Code::Conflict);
    }

    void everyMutationIsAudited()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, named(QStringLiteral("audited")));
        KeyChanges rename;
        rename.name = QStringLiteral("renamed");
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, rename));
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        auto events = test.services().audit.list(1, {1, 10});
        QVERIFY(events);
        QStringList actions;
        for (const AuditEvent &event : events->items)
            actions << event.action;
        QVERIFY2(actions.mid(0, 3) ==
                     (QStringList{QStringLiteral("apikey.delete"), QStringLiteral("apikey.update"),
                                  QStringLiteral("apikey.create")}),
                 qPrintable(actions.join(QLatin1Char(','))));
        QCOMPARE(events->items.first().target, QStringLiteral("apikey:%1").arg(issued.key.id));
        QCOMPARE(
            test.services().keys.get(TestServices::operatorActor(), issued.key.id).error().code,
            DomainError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeyService)
#include "TestKeyService.moc"
