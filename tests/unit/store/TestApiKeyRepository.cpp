// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/ApiKeyRepository.h"
#include "store/TenantRepository.h"

#include <QTest>

using namespace keyward;

class TestApiKeyRepository : public QObject {
    Q_OBJECT
private:
    static qint64 makeTenant(const Database &database)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return *TenantRepository(database).insert({0, QStringLiteral("T"), true, true, now, now});
    }
    static ApiKey key(qint64 tenantId, ApiKeyKind kind, const QByteArray &digest)
    {
        ApiKey key;
        key.tenantId = tenantId;
        key.kind = kind;
        key.name = QStringLiteral("key ") + QString::fromLatin1(digest);
        key.displayPrefix = QStringLiteral("sk_abcdef");
        key.digest = digest;
        key.permissions = {QStringLiteral("read"), QStringLiteral("write")};
        key.createdAt = key.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        return key;
    }

private slots:
    void roundTripsEveryColumn()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        ApiKey original = key(makeTenant(*test.database()), ApiKeyKind::Secret, "d1");
        original.description = QStringLiteral("for the billing service");
        original.sealedValue = "c2VhbGVk";
        original.publicId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        original.allowedNetworks = QStringLiteral("10.0.0.0/8,::1");
        original.rateLimitPerMinute = 60;
        original.lifetimeSeconds = 3600;
        original.notBefore = original.createdAt;
        original.expiresAt = original.createdAt.addSecs(3600);
        original.jti = QStringLiteral("jti-1");
        const auto id = keys.insert(original);
        QVERIFY(id);
        auto stored = keys.findById(*id);
        QVERIFY(stored && stored->has_value());
        const ApiKey &k = **stored;
        QCOMPARE(k.description, original.description);
        QCOMPARE(k.sealedValue, original.sealedValue);
        QCOMPARE(k.publicId, original.publicId);
        QCOMPARE(k.permissions, original.permissions);
        QCOMPARE(k.allowedNetworks, original.allowedNetworks);
        QCOMPARE(k.rateLimitPerMinute, std::optional<qint64>(60));
        QCOMPARE(k.lifetimeSeconds, std::optional<qint64>(3600));
        QCOMPARE(k.expiresAt, original.expiresAt);
        QCOMPARE(k.createdAt, original.createdAt);
        QCOMPARE(k.status, KeyStatus::Active);
        QVERIFY(!k.lastUsedAt.isValid());
        QCOMPARE((*keys.findByDigest("d1"))->id, *id);
        QCOMPARE((*keys.findByJti(QStringLiteral("jti-1")))->id, *id);
        QCOMPARE((*keys.findByPublicId(original.publicId))->id, *id);
    }

    void digestsAreUnique()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        QVERIFY(keys.insert(key(tenant, ApiKeyKind::Secret, "same")));
        auto again = keys.insert(key(tenant, ApiKeyKind::Secret, "same"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, StoreError::Kind::UniqueViolation);
    }

    void oneCurrentTenantKeyPerTenant()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        QVERIFY(keys.insert(key(tenant, ApiKeyKind::Tenant, "t1")));
        auto second = keys.insert(key(tenant, ApiKeyKind::Tenant, "t2"));
        QVERIFY(!second);
        QCOMPARE(second.error().kind, StoreError::Kind::UniqueViolation);
        // A tenant key in its rotation grace period (it has an expiry) no
        // longer holds the slot.
        ApiKey current = **keys.findTenantKey(tenant);
        current.expiresAt = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(keys.update(current));
        const auto replacement = keys.insert(key(tenant, ApiKeyKind::Tenant, "t3"));
        QVERIFY(replacement);
        QCOMPARE((*keys.findTenantKey(tenant))->id, *replacement);
    }

    void listHidesDeletedUnlessAsked()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        const qint64 other = makeTenant(*test.database());
        ApiKey gone = key(tenant, ApiKeyKind::Secret, "a");
        gone.status = KeyStatus::Deleted;
        QVERIFY(keys.insert(gone));
        QVERIFY(keys.insert(key(tenant, ApiKeyKind::Secret, "b")));
        QVERIFY(keys.insert(key(other, ApiKeyKind::Secret, "c")));
        QCOMPARE(keys.list({tenant, {}, {}, false, {}, {}}, {1, 10})->totalCount, 1);
        QCOMPARE(keys.list({tenant, {}, {}, true, {}, {}}, {1, 10})->totalCount, 2);
        QCOMPARE(keys.list({std::nullopt, {}, {}, false, {}, {}}, {1, 10})->totalCount, 2);
        QCOMPARE(
            keys.list({std::nullopt, ApiKeyKind::Tenant, {}, true, {}, {}}, {1, 10})->totalCount,
            0);
        ApiKey client = key(tenant, ApiKeyKind::Secret, "d");
        client.publicId = QStringLiteral("a-public-id");
        QVERIFY(keys.insert(client));
        const auto clients = keys.list({tenant, {}, true, false, {}, {}}, {1, 10});
        QCOMPARE(clients->totalCount, 1);
        QCOMPARE(clients->items.first().publicId, QStringLiteral("a-public-id"));
    }

    void aCountStopsWhereAsked()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        for (const char *name : {"a", "b", "c", "d", "e"})
            QVERIFY(keys.insert(key(tenant, ApiKeyKind::Secret, name)));
        const ApiKeyRepository::Filter all{tenant, {}, {}, false, {}, {}};
        PageRequest request(1, 2);
        request.countAtMost = 3;
        auto page = keys.list(all, request);
        QVERIFY(page);
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->totalCount, 3);
        QVERIFY(page->moreThanTotal);
        request.countAtMost = 5; // exactly as many as there are: the count is whole
        page = keys.list(all, request);
        QVERIFY(page);
        QCOMPARE(page->totalCount, 5);
        QVERIFY(!page->moreThanTotal);
        request.countAtMost = 0; // the API's lists: always the whole count
        page = keys.list(all, request);
        QVERIFY(page);
        QCOMPARE(page->totalCount, 5);
        QVERIFY(!page->moreThanTotal);
    }

    void searchFindsEveryTermLiterallyAndIgnoringCase()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        const auto add = [&](const QString &name, const QString &description,
                             const QByteArray &digest) {
            ApiKey made = key(tenant, ApiKeyKind::Secret, digest);
            made.name = name;
            made.description = description;
            return *keys.insert(made);
        };
        const qint64 ingest = add(QStringLiteral("Ingest-Prod"), QString(), "s1");
        const qint64 percent = add(QStringLiteral("100% coverage"), QString(), "s2");
        const qint64 underscore = add(QStringLiteral("bulk_7"), QStringLiteral("Billing"), "s3");
        add(QStringLiteral("bulk-17"), QString(), "s4");
        const auto found = [&](const QStringList &terms) {
            ApiKeyRepository::Filter filter;
            filter.tenantId = tenant;
            filter.searchTerms = terms;
            QList<qint64> ids;
            const auto listed = keys.list(filter, {1, 10});
            for (const ApiKey &row : listed->items)
                ids << row.id;
            return ids;
        };
        QCOMPARE(found({QStringLiteral("ingest-prod")}), QList<qint64>{ingest});
        QCOMPARE(found({QStringLiteral("%")}), QList<qint64>{percent});
        // "_" is no wildcard: "bulk-17" does not match "bulk_".
        QCOMPARE(found({QStringLiteral("bulk_")}), QList<qint64>{underscore});
        QCOMPARE(found({QStringLiteral("billing")}), QList<qint64>{underscore}); // description
        QCOMPARE(found({QString::number(percent)}).contains(percent), true);     // its id
        QCOMPARE(found({QStringLiteral("bulk"), QStringLiteral("billing")}),
                 QList<qint64>{underscore});
        QCOMPARE(found({QStringLiteral("write"), QStringLiteral("nothing-like-it")}),
                 QList<qint64>{});
        QCOMPARE(found({QStringLiteral("sk_ABC")}).size(), 4); // the prefix, any case
    }

    void usageIsAddedInBatches()
    {
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 id = *keys.insert(key(makeTenant(*test.database()), ApiKeyKind::Secret, "u"));
        const QDateTime later = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QVERIFY(keys.addUsage({{id, later, 3}}));
        QVERIFY(keys.addUsage({{id, later.addSecs(-100), 2}}));
        const ApiKey used = **keys.findById(id);
        QCOMPARE(used.useCount, 5);
        QCOMPARE(used.lastUsedAt, later); // an older batch never moves it back
    }

    void usageOfManyKeysLandsOnEachKey()
    {
        // More keys than one statement carries (Sql::execRows' 250 rows), each
        // with its own count and time, beside a key the batch does not name.
        TestDatabase test;
        ApiKeyRepository keys(*test.database());
        const qint64 tenant = makeTenant(*test.database());
        const qint64 untouched = *keys.insert(key(tenant, ApiKeyKind::Secret, "untouched"));
        const QDateTime base = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QList<ApiKeyRepository::Usage> usage;
        for (int index = 0; index < 601; ++index) {
            const QByteArray digest = "many-" + QByteArray::number(index);
            usage.append({*keys.insert(key(tenant, ApiKeyKind::Secret, digest)),
                          base.addSecs(index), index + 1});
        }
        QVERIFY(keys.addUsage(usage));
        for (const auto &entry : std::as_const(usage)) {
            const ApiKey used = **keys.findById(entry.keyId);
            QCOMPARE(used.useCount, entry.uses);
            QCOMPARE(used.lastUsedAt, entry.lastUsedAt);
        }
        const ApiKey other = **keys.findById(untouched);
        QCOMPARE(other.useCount, 0);
        QVERIFY(!other.lastUsedAt.isValid());
        QVERIFY(keys.addUsage({}));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyRepository)
#include "TestApiKeyRepository.moc"
