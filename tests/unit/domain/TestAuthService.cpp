// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <vector>

using namespace keyward;
using Failure = AuthService::Failure;

class TestAuthService : public QObject {
    Q_OBJECT
private slots:
    void loginChecksPasswordTenantAndState()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const User user = test.createUser(other.id, QStringLiteral("Sam@Other.io"), Role::User);
        auto login = [&](const QString &email, const QString &password, qint64 tenant) {
            return test.services().auth.login(email, password, tenant, QStringLiteral("192.0.2.1"));
        };
        auto refusal = [&](const QString &email, const QString &password, qint64 tenant) {
            auto result = login(email, password, tenant);
            return result ? Failure::Unavailable : result.error().reason;
        };
        QCOMPARE(
            login(QStringLiteral("sam@other.io"), QStringLiteral("userpassword"), other.id)->id,
            user.id);
        QCOMPARE(
            refusal(QStringLiteral("sam@other.io"), QStringLiteral("wrong-password"), other.id),
            Failure::Rejected);
        QCOMPARE(refusal(QStringLiteral("sam@other.io"), QStringLiteral("userpassword"), 1),
                 Failure::Rejected);
        QCOMPARE(
            refusal(QStringLiteral("nobody@other.io"), QStringLiteral("userpassword"), other.id),
            Failure::Rejected);
        UserService::Changes deactivate;
        deactivate.isActive = false;
        QVERIFY(test.services().users.update(TestServices::operatorActor(), user.id, deactivate));
        QCOMPARE(refusal(QStringLiteral("sam@other.io"), QStringLiteral("userpassword"), other.id),
                 Failure::Rejected);
    }

    void repeatedFailuresAreThrottledWhateverThePassword()
    {
        TestServices test;
        auto &auth = test.services().auth;
        const QString address = QStringLiteral("198.51.100.7");
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto refused = auth.login(TestServices::adminEmail,
                                      QStringLiteral("guess-%1").arg(attempt), 1, address);
            QCOMPARE(refused.error().reason, Failure::Rejected);
        }
        // The right password no longer helps until the delay is over.
        auto throttled =
            auth.login(TestServices::adminEmail, TestServices::adminPassword, 1, address);
        QVERIFY(!throttled);
        QCOMPARE(throttled.error().reason, Failure::Throttled);
        QCOMPARE(throttled.error().retryAfterSeconds, 1);
        test.clock().advance(2);
        QVERIFY(auth.login(TestServices::adminEmail, TestServices::adminPassword, 1, address));
    }

    void loginsBeyondThePasswordWorkAreRefusedWithoutBeingJudged()
    {
        TestServices test;
        auto &auth = test.services().auth;
        const QString address = QStringLiteral("198.51.100.8");
        // Every slot busy, as in a storm of wrong passwords.
        std::vector<QSemaphoreReleaser> busy;
        while (auto slot = test.services().passwordWork.tryTake())
            busy.push_back(std::move(*slot));
        QCOMPARE(int(busy.size()), test.services().passwordWork.capacity());
        QElapsedTimer timer;
        timer.start();
        auto refused =
            auth.login(TestServices::adminEmail, TestServices::adminPassword, 1, address);
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, Failure::Throttled);
        QCOMPARE(refused.error().retryAfterSeconds, 1);
        QVERIFY2(timer.elapsed() < 100, "refused without a password hash");
        // Not counted against the account or the address either: once a
        // slot is free, five wrong guesses are still judged as such.
        for (int storm = 0; storm < 10; ++storm)
            QVERIFY(!auth.login(TestServices::adminEmail, QStringLiteral("wrong"), 1, address));
        busy.clear();
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto judged = auth.login(TestServices::adminEmail,
                                     QStringLiteral("guess-%1").arg(attempt), 1, address);
            QCOMPARE(judged.error().reason, Failure::Rejected);
        }
        // A slot taken and given back by each login: the right password works.
        test.clock().advance(2);
        QVERIFY(auth.login(TestServices::adminEmail, TestServices::adminPassword, 1,
                           QStringLiteral("198.51.100.9")));
        QVERIFY(test.services().passwordWork.tryTake());
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
        // The token's scope, and the token:generate its key holds.
        QCOMPARE(key->scope,
                 (QStringList{QStringLiteral("read"), QStringLiteral("token:generate")}));

        // Taking a permission away narrows tokens already issued.
        KeyChanges narrow;
        narrow.permissions = QStringList{QStringLiteral("token:generate")};
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, narrow));
        QCOMPARE(auth.authenticate(keyToken, QStringLiteral("127.0.0.1"))->scope,
                 QStringList{QStringLiteral("token:generate")});
        // Revoking the key revokes its tokens at once.
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        QCOMPARE(auth.authenticate(keyToken, QStringLiteral("127.0.0.1")).error().reason,
                 Failure::Rejected);
    }

    void garbageAndServiceIdsAreNoBearerTokens()
    {
        TestServices test;
        auto &auth = test.services().auth;
        QCOMPARE(auth.authenticate("not.a.jwt", {}).error().reason, Failure::Rejected);
        QCOMPARE(auth.authenticate(test.services().tokens.issueServiceId(QStringLiteral("x")), {})
                     .error()
                     .reason,
                 Failure::Rejected);
        const QByteArray token = test.userToken(TestServices::adminEmail);
        test.clock().advance(3600 + 61);
        QCOMPARE(auth.authenticate(token, {}).error().reason, Failure::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
