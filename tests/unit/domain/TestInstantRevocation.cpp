// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// A key verified once is answered from memory, yet a change through the
// services refuses it at once, and a change made by another process on the
// same store (here: a second Database and Services, as `keyward` CLI or a
// second instance has) within StoreChanges' poll interval.
#include "TestDatabase.h"
#include "TestServices.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace keyward;
using Verdict = KeyVerifier::Outcome;

class TestInstantRevocation : public QObject {
    Q_OBJECT
private:
    static NewKey exchangeable()
    {
        NewKey request;
        request.name = QStringLiteral("svc");
        request.permissions = {QStringLiteral("token:generate")};
        return request;
    }
    static Verdict verify(Services &services, const QByteArray &secret)
    {
        return services.keyVerifier
            .verify(secret, {QStringLiteral("127.0.0.1"), QStringLiteral("token:generate")})
            .outcome;
    }
    // Another process on the same store.
    static std::unique_ptr<Services> otherProcess(TestServices &test,
                                                  const NetworkAllowList &networks)
    {
        auto database = Database::open(test.database().url());
        if (!database)
            return nullptr;
        auto services = Services::create(*database, test.masterKey(), networks, {});
        return services ? std::move(*services) : nullptr;
    }

    static std::optional<Verdict> verifyOnLoop(Services &services, const QByteArray &secret)
    {
        const auto check = services.keyVerifier.verifyWithoutBlocking(
            secret, {QStringLiteral("127.0.0.1"), QStringLiteral("token:generate")});
        return check ? std::optional(check->outcome) : std::nullopt;
    }

private slots:
    // An event loop decides only what memory can decide, and never from a
    // copy the store may have outdated.
    void anEventLoopDecidesFromMemoryOnly()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, exchangeable());
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), std::nullopt); // not read yet
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted);
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), Verdict::Accepted);
        QCOMPARE(verifyOnLoop(test.services(), "ak_malformed"), Verdict::Unknown);

        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), std::nullopt); // read again
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Inactive);
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), Verdict::Inactive);

        // Once a look at the store for other processes' changes is due, the
        // loop leaves the decision to a thread that may wait for it.
        QTest::qWait(StoreChanges::defaultPollIntervalMs + 50);
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), std::nullopt);
    }

    // A rate-limited key is decided on a loop only from what this process
    // claimed from the shared budget (RateLimiter's lease) or was refused.
    void aRateLimitIsDecidedOnALoopFromItsLeaseOnly()
    {
        TestServices test;
        NewKey limited = exchangeable();
        limited.rateLimitPerMinute = 120; // leases of 2 uses
        const IssuedKey issued = test.createKey(1, limited);
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted); // claims 2
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), Verdict::Accepted);
        QCOMPARE(verifyOnLoop(test.services(), issued.secret), std::nullopt);

        limited.rateLimitPerMinute = 1;
        const IssuedKey once = test.createKey(1, limited);
        QCOMPARE(verify(test.services(), once.secret), Verdict::Accepted);
        QCOMPARE(verifyOnLoop(test.services(), once.secret), std::nullopt);
        QCOMPARE(verify(test.services(), once.secret), Verdict::RateLimited);
        QCOMPARE(verifyOnLoop(test.services(), once.secret), Verdict::RateLimited);
    }

    void aVerifiedKeyIsAnsweredFromMemory()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, exchangeable());
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted);
        // Behind Keyward's back (no audited change): the copy in memory stands.
        QSqlQuery sql(test.services().database->connection());
        QVERIFY(sql.exec(QStringLiteral("UPDATE api_keys SET status = 'DISABLED'")));
        QTest::qWait(StoreChanges::defaultPollIntervalMs + 50);
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted);
    }

    void changesThroughTheServicesApplyAtOnce()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, exchangeable());
        const IssuedKey other = test.createKey(1, exchangeable());
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted);
        QCOMPARE(verify(test.services(), other.secret), Verdict::Accepted);
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Inactive);
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Unknown);
        TenantService::Changes deactivate;
        deactivate.isActive = false;
        QVERIFY(test.services().tenants.update(TestServices::operatorActor(), 1, deactivate));
        QCOMPARE(verify(test.services(), other.secret), Verdict::TenantInactive);
    }

    void changesByAnotherProcessApplyWithinThePollInterval()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, exchangeable());
        const IssuedKey rotated = test.createKey(1, exchangeable());
        SubnetAllowList networks;
        auto other = otherProcess(test, networks);
        QVERIFY(other);
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted);
        QCOMPARE(verify(test.services(), rotated.secret), Verdict::Accepted);

        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(other->keys.update(TestServices::operatorActor(), issued.key.id, disable));
        // Kept warm meanwhile: still refused within the bound.
        QTRY_COMPARE_WITH_TIMEOUT(verify(test.services(), issued.secret), Verdict::Inactive,
                                  StoreChanges::defaultPollIntervalMs + 750);
        QVERIFY(other->keys.remove(TestServices::operatorActor(), rotated.key.id));
        QTRY_COMPARE_WITH_TIMEOUT(verify(test.services(), rotated.secret), Verdict::Unknown,
                                  StoreChanges::defaultPollIntervalMs + 750);

        // Bearer tokens name their key by id: answered from memory too, and
        // refused as soon as the key is.
        const IssuedKey bearerKey = test.createKey(1, exchangeable());
        const QByteArray token = test.services().tokens.issueForKey(bearerKey.key);
        QVERIFY(test.services().auth.authenticate(token, QStringLiteral("127.0.0.1")));
        QVERIFY(other->keys.update(TestServices::operatorActor(), bearerKey.key.id, disable));
        QTRY_VERIFY_WITH_TIMEOUT(
            !test.services().auth.authenticate(token, QStringLiteral("127.0.0.1")),
            StoreChanges::defaultPollIntervalMs + 750);

        // A key created elsewhere is found (no "unknown" pinned in memory).
        const auto created = other->keys.create(TestServices::operatorActor(), [] {
            NewKey request = exchangeable();
            request.tenantId = 1;
            return request;
        }());
        QVERIFY(created);
        QCOMPARE(verify(test.services(), created->secret), Verdict::Accepted);
    }

    // On PostgreSQL another process's change is heard as it commits
    // (LISTEN/NOTIFY), not a poll interval later.
    void changesByAnotherProcessAreHeardAsTheyCommit()
    {
        if (TestDatabase::backend() != DatabaseUrl::Backend::PostgreSQL)
            QSKIP("LISTEN/NOTIFY is PostgreSQL's; SQLite is polled");
        TestServices test;
        const IssuedKey issued = test.createKey(1, exchangeable());
        SubnetAllowList networks;
        auto other = otherProcess(test, networks);
        QVERIFY(other);
        StoreChanges &changes = test.services().database->changes();
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Accepted);
        QTRY_VERIFY_WITH_TIMEOUT(changes.isListening(), 5000);
        QCOMPARE(changes.pollIntervalMs(), StoreChanges::listenedPollIntervalMs);
        const quint64 heardBefore = changes.heard();

        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(other->keys.update(TestServices::operatorActor(), issued.key.id, disable));
        QTRY_COMPARE_WITH_TIMEOUT(changes.heard(), heardBefore + 1, 500);
        QCOMPARE(verify(test.services(), issued.secret), Verdict::Inactive);
        // This process's own changes are not heard again.
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        QTest::qWait(200);
        QCOMPARE(changes.heard(), heardBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestInstantRevocation)
#include "TestInstantRevocation.moc"
