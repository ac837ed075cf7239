// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "crypto/KeyFormat.h"

#include <QTest>

using namespace keyward;
using Check = KeyVerifier::Outcome;

class TestKeyVerifier : public QObject {
    Q_OBJECT
private:
    static NewKey secret(QStringList permissions = {QStringLiteral("token:generate")})
    {
        NewKey key;
        key.name = QStringLiteral("svc");
        key.permissions = permissions;
        return key;
    }
    static Check verify(TestServices &test, const QByteArray &key,
                        const QString &ip = QStringLiteral("127.0.0.1"),
                        const QString &permission = QStringLiteral("token:generate"))
    {
        return test.services().keyVerifier.verify(key, {ip, permission}).outcome;
    }

private slots:
    void acceptsAGoodKeyAndCountsTheUse()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, secret());
        QCOMPARE(verify(test, issued.secret), Check::Accepted);
        QVERIFY(test.services().usage.flush());
        QCOMPARE(test.services().keys.get(TestServices::operatorActor(), issued.key.id)->useCount,
                 1);
    }

    void malformedOrUnknownKeysNeverReachTheStore()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, secret());
        QByteArray typo = issued.secret;
        typo[10] = typo[10] == 'A' ? 'B' : 'A';
        QCOMPARE(verify(test, typo), Check::Unknown);
        QCOMPARE(verify(test, issued.secret.left(issued.secret.size() - 1)), Check::Unknown);
        QCOMPARE(verify(test, KeyFormat::generate(KeyKind::Secret)), Check::Unknown);
        QCOMPARE(verify(test, "ak_1234567890abcdef"), Check::Unknown);
        QCOMPARE(verify(test, ""), Check::Unknown);
    }

    void checksRunInTheDocumentedOrder()
    {
        TestServices test;
        NewKey restricted = secret({QStringLiteral("read")});
        restricted.allowedNetworks = QStringLiteral("10.0.0.0/8");
        const IssuedKey issued = test.createKey(1, restricted);
        // permission is checked before the address
        QCOMPARE(verify(test, issued.secret, QStringLiteral("192.0.2.1")), Check::PermissionDenied);
        QCOMPARE(verify(test, issued.secret, QStringLiteral("192.0.2.1"), QStringLiteral("read")),
                 Check::AddressNotAllowed);
        QCOMPARE(verify(test, issued.secret, QStringLiteral("10.1.2.3"), QStringLiteral("read")),
                 Check::Accepted);
        // disabled beats everything after it
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        QCOMPARE(verify(test, issued.secret, QStringLiteral("192.0.2.1")), Check::Inactive);
    }

    void expiryAndTimeWindow()
    {
        TestServices test;
        NewKey shortLived = secret();
        shortLived.lifetimeSeconds = 60;
        shortLived.notBefore = test.clock().now().addSecs(30);
        const IssuedKey issued = test.createKey(1, shortLived);
        QCOMPARE(verify(test, issued.secret), Check::OutsideTimeWindow);
        test.clock().advance(30);
        QCOMPARE(verify(test, issued.secret), Check::Accepted);
        test.clock().advance(30);
        QCOMPARE(verify(test, issued.secret), Check::Expired);
    }

    void inactiveTenantAndDeletedKey()
    {
        TestServices test;
        const Tenant tenant = test.createTenant(QStringLiteral("Other"));
        const IssuedKey issued = test.createKey(tenant.id, secret());
        TenantService::Changes deactivate;
        deactivate.isActive = false;
        QVERIFY(
            test.services().tenants.update(TestServices::operatorActor(), tenant.id, deactivate));
        QCOMPARE(verify(test, issued.secret), Check::TenantInactive);
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        QCOMPARE(verify(test, issued.secret), Check::Unknown);
    }

    void rateLimitPerMinute()
    {
        TestServices test;
        NewKey limited = secret();
        limited.rateLimitPerMinute = 2;
        const IssuedKey issued = test.createKey(1, limited);
        QCOMPARE(verify(test, issued.secret), Check::Accepted);
        QCOMPARE(verify(test, issued.secret), Check::Accepted);
        const auto third =
            test.services().keyVerifier.verify(issued.secret, {QStringLiteral("127.0.0.1"), {}});
        QCOMPARE(third.outcome, Check::RateLimited);
        QVERIFY(third.retryAfterSeconds >= 1 && third.retryAfterSeconds <= 61);
        test.clock().advance(60); // a sliding minute: still within 61 s of the uses
        QCOMPARE(verify(test, issued.secret), Check::RateLimited);
        test.clock().advance(1);
        QCOMPARE(verify(test, issued.secret), Check::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestKeyVerifier)
#include "TestKeyVerifier.moc"
