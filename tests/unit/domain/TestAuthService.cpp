#include "TestServices.h"

#include <QJsonObject>
#include <QTest>

using namespace keyward;
using Failure = AuthService::Failure;

class TestAuthService : public QObject {
    Q_OBJECT
private slots:
    void loginChecksPasswordTenantAndState()
    {
        TestServices test;
        auto &auth = test.services().auth;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const User user = test.createUser(other.id, QStringLiteral("Sam@Other.io"), Role::User);
        QCOMPARE(
            auth.login(QStringLiteral("sam@other.io"), QStringLiteral("userpassword"), other.id)
                ->id,
            user.id);
        QCOMPARE(
            auth.login(QStringLiteral("sam@other.io"), QStringLiteral("wrong-password"), other.id)
                .error(),
            Failure::Rejected);
        QCOMPARE(
            auth.login(QStringLiteral("sam@other.io"), QStringLiteral("userpassword"), 1).error(),
            Failure::Rejected);
        QCOMPARE(
            auth.login(QStringLiteral("nobody@other.io"), QStringLiteral("userpassword"), other.id)
                .error(),
            Failure::Rejected);
        UserService::Changes deactivate;
        deactivate.isActive = false;
        QVERIFY(test.services().users.update(TestServices::operatorActor(), user.id, deactivate));
        QCOMPARE(
            auth.login(QStringLiteral("sam@other.io"), QStringLiteral("userpassword"), other.id)
                .error(),
            Failure::Rejected);
    }

    void bearerTokensResolveToTheirPrincipal()
    {
        TestServices test;
        auto &auth = test.services().auth;
        auto admin = auth.authenticate(test.userToken(TestServices::adminEmail),
                                       QStringLiteral("127.0.0.1"));
        QVERIFY(admin);
        QCOMPARE(admin->kind, Actor::Kind::User);
        QVERIFY(admin->isSuperAdmin());

        NewKey request;
        request.name = QStringLiteral("reader");
        request.permissions = {QStringLiteral("read"), QStringLiteral("token:generate")};
        const IssuedKey issued = test.createKey(1, request);
        const QByteArray keyToken = test.services().tokens.issueForKey(issued.key);
        auto key = auth.authenticate(keyToken, QStringLiteral("127.0.0.1"));
        QVERIFY(key);
        QCOMPARE(key->kind, Actor::Kind::Key);
        QCOMPARE(key->scope, QStringList{QStringLiteral("read")});

        // Taking a permission away narrows tokens already issued.
        KeyChanges narrow;
        narrow.permissions = QStringList{QStringLiteral("token:generate")};
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, narrow));
        QCOMPARE(auth.authenticate(keyToken, QStringLiteral("127.0.0.1"))->scope, QStringList());
        // Revoking the key revokes its tokens at once.
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        QCOMPARE(auth.authenticate(keyToken, QStringLiteral("127.0.0.1")).error(),
                 Failure::Rejected);
    }

    void garbageAndServiceIdsAreNoBearerTokens()
    {
        TestServices test;
        auto &auth = test.services().auth;
        QCOMPARE(auth.authenticate("not.a.jwt", {}).error(), Failure::Rejected);
        QCOMPARE(auth.authenticate(test.services().tokens.issueServiceId(QStringLiteral("x")), {})
                     .error(),
                 Failure::Rejected);
        const QByteArray token = test.userToken(TestServices::adminEmail);
        test.clock().advance(3600 + 61);
        QCOMPARE(auth.authenticate(token, {}).error(), Failure::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
