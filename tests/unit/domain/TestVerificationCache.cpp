// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The verification cache: entries live for one StoreChanges generation,
// a copy read before a change is never kept after it, "no such key" is
// remembered briefly, and the number of entries is bounded.
#include "domain/VerificationCache.h"

#include <QTest>

using namespace keyward;

class TestVerificationCache : public QObject {
    Q_OBJECT
private:
    static VerificationCache::Snapshot keyOf(qint64 id)
    {
        ApiKey key;
        key.id = id;
        return {key, true};
    }

private slots:
    void entriesLiveForOneGeneration()
    {
        VerificationCache cache;
        cache.insert("a", keyOf(1), 5, 0);
        cache.insertTenant(1, true, 5);
        QCOMPARE(cache.find("a", 5, 0)->key->id, 1);
        QCOMPARE(cache.tenantActive(1, 5), std::optional<bool>(true));
        QVERIFY(!cache.find("a", 6, 0));
        QVERIFY(!cache.tenantActive(1, 6));
        QVERIFY(!cache.find("a", 5, 0)); // gone, not hidden
    }

    void aCopyReadBeforeAChangeIsNotKept()
    {
        VerificationCache cache;
        QVERIFY(!cache.find("a", 7, 0));   // a reader of generation 7 ...
        cache.insert("b", keyOf(2), 8, 0); // ... while a change made it 8
        cache.insert("a", keyOf(1), 7, 0); // the reader's copy is stale
        QVERIFY(!cache.find("a", 8, 0));
        QVERIFY(cache.find("b", 8, 0));
        cache.insertTenant(1, false, 7);
        QVERIFY(!cache.tenantActive(1, 8));
    }

    void noSuchKeyIsRememberedBriefly()
    {
        VerificationCache cache;
        cache.insert("ghost", {}, 1, 10000);
        QVERIFY(!cache.find("ghost", 1, 10000)->key);
        QVERIFY(cache.find("ghost", 1, 10000 + VerificationCache::unknownForMs - 1));
        QVERIFY(!cache.find("ghost", 1, 10000 + VerificationCache::unknownForMs));
        cache.insert("ghost", {}, 1, 20000);
        QVERIFY(!cache.find("ghost", 2, 20000)); // a key created meanwhile is looked up
    }

    void anEntryHoldsWhatVerificationReadsOnly()
    {
        ApiKey key;
        key.id = 7;
        key.tenantId = 3;
        key.kind = ApiKeyKind::Jwt;
        key.status = KeyStatus::Disabled;
        key.permissions = {QStringLiteral("read"), QStringLiteral("token:generate")};
        key.allowedNetworks = QStringLiteral("10.0.0.0/8");
        key.rateLimitPerMinute = 60;
        key.notBefore = QDateTime::fromSecsSinceEpoch(100, Qt::UTC);
        key.expiresAt = QDateTime::fromSecsSinceEpoch(200, Qt::UTC);
        key.jti = QStringLiteral("jti-7");
        key.name = QStringLiteral("deployer");
        key.description = QStringLiteral("what the deploy job uses");
        key.digest = QByteArray(64, 'a');
        key.useCount = 12;
        VerificationCache cache;
        const auto inserted = cache.insert("a", {key, true}, 1, 0);
        const auto found = cache.find("a", 1, 0);
        QVERIFY(found && found->key && inserted.key);
        for (const ApiKey &held : {*found->key, *inserted.key}) {
            QCOMPARE(held.id, 7);
            QCOMPARE(held.tenantId, 3);
            QCOMPARE(held.kind, ApiKeyKind::Jwt);
            QCOMPARE(held.status, KeyStatus::Disabled);
            QCOMPARE(held.permissions, key.permissions);
            QCOMPARE(held.allowedNetworks, key.allowedNetworks);
            QCOMPARE(held.rateLimitPerMinute, key.rateLimitPerMinute);
            QCOMPARE(held.notBefore, key.notBefore);
            QCOMPARE(held.expiresAt, key.expiresAt);
            QCOMPARE(held.jti, key.jti);
            QVERIFY(held.name.isEmpty() && held.description.isEmpty() && held.digest.isEmpty());
            QCOMPARE(held.useCount, 0);
        }
        QVERIFY(found->tenantActive && inserted.tenantActive);
    }

    void boundedLeastRecentlyUsedFirst()
    {
        VerificationCache cache(3);
        cache.insert("a", keyOf(1), 1, 0);
        cache.insert("b", keyOf(2), 1, 0);
        cache.insert("c", keyOf(3), 1, 0);
        QVERIFY(cache.find("a", 1, 0)); // a is now the most recent
        cache.insert("d", keyOf(4), 1, 0);
        QVERIFY(cache.find("a", 1, 0));
        QVERIFY(!cache.find("b", 1, 0));
        QVERIFY(cache.find("c", 1, 0));
        QVERIFY(cache.find("d", 1, 0));
    }
};

QTEST_GUILESS_MAIN(TestVerificationCache)
#include "TestVerificationCache.moc"
