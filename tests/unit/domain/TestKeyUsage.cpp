// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Per-key usage: every verification of a key in use is counted per hour and
// outcome, written in batches, reported over a span to whoever may read the
// key, and pruned after the retention.
#include "TestServices.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;
using Verdict = KeyVerifier::Outcome;

class TestKeyUsage : public QObject {
    Q_OBJECT
private:
    static NewKey restricted()
    {
        NewKey key;
        key.name = QStringLiteral("ingest");
        key.permissions = {QStringLiteral("token:generate")};
        key.allowedNetworks = QStringLiteral("10.0.0.0/8");
        return key;
    }
    static Verdict verify(TestServices &test, const QByteArray &key, const QString &address,
                          const QString &permission = QStringLiteral("token:generate"))
    {
        return test.services().keyVerifier.verify(key, {address, permission}).outcome;
    }
    static KeyUsageReport report(TestServices &test, qint64 keyId,
                                 const QString &since = QStringLiteral("24h"))
    {
        const auto made = test.services().keyUsage.report(TestServices::operatorActor(), keyId,
                                                          *UsageSpan::parse(since));
        if (!made)
            qFatal("usage report failed: %s", qPrintable(made.error().detail));
        return *made;
    }
    static qint64 rows(TestServices &test, const QString &table)
    {
        auto query =
            Sql::exec(*test.services().database, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

private slots:
    void spansAreHoursOrDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("bucketSeconds");
        QTest::newRow("24h") << "24h" << true << qint64(3600);
        QTest::newRow("1h") << "1h" << true << qint64(3600);
        QTest::newRow("168h") << "168h" << true << qint64(3600);
        QTest::newRow("30d") << "30d" << true << qint64(86400);
        QTest::newRow("366d") << "366d" << true << qint64(86400);
        for (const char *bad :
             {"0h", "169h", "367d", "24", "h", "-1d", " 24h", "24H", "1w", "", "024h", "1.5h"})
            QTest::newRow(bad) << bad << false << qint64(0);
    }
    void spansAreHoursOrDays()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, bucketSeconds);
        const auto span = UsageSpan::parse(text);
        QCOMPARE(span.has_value(), valid);
        if (span) {
            QCOMPARE(span->text(), text);
            QCOMPARE(span->bucketSeconds(), bucketSeconds);
        }
    }

    void spanStartsOnWholeBucketsIncludingTheCurrentOne()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-05T10:42:17Z"), Qt::ISODate);
        QCOMPARE(UsageSpan::parse(QStringLiteral("24h"))->startAt(now),
                 QDateTime::fromString(QStringLiteral("2026-12-04T11:00:00Z"), Qt::ISODate));
        QCOMPARE(UsageSpan::parse(QStringLiteral("30d"))->startAt(now),
                 QDateTime::fromString(QStringLiteral("2026-11-06T00:00:00Z"), Qt::ISODate));
    }

    void everyOutcomeOfAKeyInUseIsCounted()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(verify(test, issued.secret, QStringLiteral("10.1.2.3")), Verdict::Accepted);
        QCOMPARE(verify(test, issued.secret, QStringLiteral("192.0.2.7")),
                 Verdict::AddressNotAllowed);
        QCOMPARE(verify(test, issued.secret, QStringLiteral("192.0.2.7")),
                 Verdict::AddressNotAllowed);
        QCOMPARE(verify(test, issued.secret, QStringLiteral("10.1.2.3"), QStringLiteral("write")),
                 Verdict::PermissionDenied);
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        test.clock().advance(1);
        QCOMPARE(verify(test, issued.secret, QStringLiteral("198.51.100.9")), Verdict::Inactive);
        // Unknown keys belong to no key; introspection asks about a key, it
        // does not use it.
        QCOMPARE(verify(test, "sk_live_nothing", QStringLiteral("10.1.2.3")), Verdict::Unknown);
        QCOMPARE(test.services()
                     .keyVerifier.verify(issued.secret, {QString(), QString(), false})
                     .outcome,
                 Verdict::Inactive);
        QVERIFY(test.services().usage.flush());

        const KeyUsageReport usage = report(test, issued.key.id);
        QCOMPARE(usage.accepted, 3);
        const KeyUsageReport::Refusals expected{{QStringLiteral("address_not_allowed"), 2},
                                                {QStringLiteral("permission_denied"), 1},
                                                {QStringLiteral("inactive"), 1}};
        QCOMPARE(usage.refused, expected);
        QCOMPARE(usage.buckets.size(), 24);
        QCOMPARE(usage.buckets.last().accepted, 3);
        QCOMPARE(usage.buckets.last().refused, expected);
        for (int i = 0; i < 23; ++i)
            QCOMPARE(usage.buckets[i].accepted + usage.buckets[i].refused.size(), 0);

        QCOMPARE(usage.recentAddresses.size(), 3);
        QCOMPARE(usage.recentAddresses[0].address, QStringLiteral("198.51.100.9"));
        QCOMPARE(usage.recentAddresses[0].outcome, QStringLiteral("inactive"));
        QStringList others{usage.recentAddresses[1].address, usage.recentAddresses[2].address};
        others.sort();
        QCOMPARE(others, (QStringList{QStringLiteral("10.1.2.3"), QStringLiteral("192.0.2.7")}));

        const QJsonObject json = usage.toJson();
        QCOMPARE(json.value(QStringLiteral("keyId")).toInteger(), issued.key.id);
        QCOMPARE(json.value(QStringLiteral("bucket")).toString(), QStringLiteral("hour"));
        QCOMPARE(json.value(QStringLiteral("since")).toString(), usage.since.toString(Qt::ISODate));
        QCOMPARE(json[QStringLiteral("totals")][QStringLiteral("refused")]
                     [QStringLiteral("address_not_allowed")]
                         .toInt(),
                 2);
        QCOMPARE(json[QStringLiteral("buckets")].toArray().size(), 24);
    }

    void countsReachTheStoreOnlyWhenFlushed()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        for (int i = 0; i < 50; ++i)
            verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 0);
        QCOMPARE(report(test, issued.key.id).accepted, 0);
        QVERIFY(test.services().usage.flush());
        // Fifty uses in one hour are one row, not fifty.
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 1);
        QCOMPARE(report(test, issued.key.id).accepted, 50);
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 1);
        QCOMPARE(report(test, issued.key.id).accepted, 51);
        QVERIFY(test.services().usage.flush()); // nothing new: nothing written
        QCOMPARE(report(test, issued.key.id).accepted, 51);
    }

    void aFlushOfManyKeysKeepsEachKeysCounts()
    {
        // More rows than one statement carries, for counts and addresses:
        // every key still reads back exactly its own.
        TestServices test;
        QList<IssuedKey> issued;
        for (int index = 0; index < 130; ++index)
            issued.append(test.createKey(1, restricted()));
        for (int index = 0; index < issued.size(); ++index) {
            for (int use = 0; use <= index % 3; ++use)
                verify(test, issued[index].secret, QStringLiteral("10.0.0.%1").arg(index % 200));
            verify(test, issued[index].secret, QStringLiteral("192.0.2.%1").arg(index % 200));
        }
        QVERIFY(test.services().usage.flush());
        QCOMPARE(rows(test, QStringLiteral("key_usage")), 260);
        QCOMPARE(rows(test, QStringLiteral("key_usage_addresses")), 260);
        for (int index = 0; index < issued.size(); ++index) {
            const KeyUsageReport made = report(test, issued[index].key.id);
            QCOMPARE(made.accepted, index % 3 + 1);
            QCOMPARE(made.refused.value(QStringLiteral("address_not_allowed")), 1);
            QCOMPARE(made.recentAddresses.size(), 2);
            for (const auto &sighting : made.recentAddresses)
                QCOMPARE(sighting.outcome, sighting.address.startsWith(QLatin1String("192."))
                                               ? QStringLiteral("address_not_allowed")
                                               : QStringLiteral("accepted"));
        }
        QCOMPARE(
            test.services().keys.get(TestServices::operatorActor(), issued.last().key.id)->useCount,
            (issued.size() - 1) % 3 + 1);
    }

    void moreVerificationsThanTheBufferHoldsAreAllCounted()
    {
        // A flush that does not keep up: the buffer is folded on the
        // recording thread and nothing is lost.
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        const qint64 uses = qint64(UsageRecorder::maxEvents) + 5;
        const QDateTime now = test.clock().now();
        for (qint64 use = 0; use < uses; ++use)
            test.services().usage.record(
                issued.key.id, now, Verdict::Accepted,
                QStringLiteral("10.0.%1.%2").arg(use / 250 % 250).arg(use % 250));
        test.services().usage.record(issued.key.id, now, Verdict::RateLimited,
                                     QStringLiteral("192.0.2.1"));
        QVERIFY(test.services().usage.flush());
        const KeyUsageReport made = report(test, issued.key.id);
        QCOMPARE(made.accepted, uses);
        QCOMPARE(made.refused.value(QStringLiteral("rate_limited")), 1);
        QCOMPARE(made.recentAddresses.size(), UsageRecorder::addressesPerKey);
    }

    void anAddressLongerThanAnyClientsIsCut()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        test.services().usage.record(issued.key.id, test.clock().now(), Verdict::Accepted,
                                     QString(200, QLatin1Char('a')));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(report(test, issued.key.id).recentAddresses.value(0).address,
                 QString(63, QLatin1Char('a')));
    }

    void hoursAndDaysBucketTheSameCounts()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        test.clock().advance(2 * 3600);
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QVERIFY(test.services().usage.flush());

        const KeyUsageReport hourly = report(test, issued.key.id);
        QCOMPARE(hourly.accepted, 3);
        QCOMPARE(hourly.buckets.last().accepted, 2);
        QCOMPARE(hourly.buckets[21].accepted, 1);
        const KeyUsageReport daily = report(test, issued.key.id, QStringLiteral("30d"));
        QCOMPARE(daily.buckets.size(), 30);
        QCOMPARE(daily.accepted, 3);
        QCOMPARE(daily.buckets[28].accepted + daily.buckets[29].accepted, 3);
        // A span that ends before the older hour leaves it out.
        QCOMPARE(report(test, issued.key.id, QStringLiteral("2h")).accepted, 2);
    }

    void recentAddressesAreBoundedPerKey()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        for (int i = 1; i <= 15; ++i) {
            verify(test, issued.secret, QStringLiteral("10.0.0.%1").arg(i));
            test.clock().advance(1);
        }
        QVERIFY(test.services().usage.flush());
        const auto first = report(test, issued.key.id).recentAddresses;
        QCOMPARE(first.size(), UsageRecorder::addressesPerKey);
        QCOMPARE(first.first().address, QStringLiteral("10.0.0.15"));
        QCOMPARE(first.last().address, QStringLiteral("10.0.0.6"));

        for (int i = 1; i <= 10; ++i) {
            verify(test, issued.secret, QStringLiteral("10.9.0.%1").arg(i));
            test.clock().advance(1);
        }
        QVERIFY(test.services().usage.flush());
        QCOMPARE(rows(test, QStringLiteral("key_usage_addresses")), 20);
        QVERIFY(test.services().usage.prune(test.clock().now(), 90));
        QCOMPARE(rows(test, QStringLiteral("key_usage_addresses")), 10);
        QCOMPARE(report(test, issued.key.id).recentAddresses.first().address,
                 QStringLiteral("10.9.0.10"));
    }

    void usageOlderThanTheRetentionIsPruned()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(1, restricted());
        verify(test, issued.secret, QStringLiteral("10.0.0.1"));
        QVERIFY(test.services().usage.flush());
        test.clock().advance(40 * 86400);
        verify(test, issued.secret, QStringLiteral("10.0.0.2"));
        QVERIFY(test.services().usage.flush());
        QCOMPARE(report(test, issued.key.id, QStringLiteral("60d")).accepted, 2);

        QVERIFY(test.services().usage.prune(test.clock().now(), 90)); // both within 90 days
        QCOMPARE(report(test, issued.key.id, QStringLiteral("60d")).accepted, 2);
        QVERIFY(test.services().usage.prune(test.clock().now(), 30));
        const KeyUsageReport kept = report(test, issued.key.id, QStringLiteral("60d"));
        QCOMPARE(kept.accepted, 1);
        QCOMPARE(kept.recentAddresses.size(), 1);
        QCOMPARE(kept.recentAddresses.first().address, QStringLiteral("10.0.0.2"));
        // The key's own use count is not usage history: it stays.
        QCOMPARE(test.services().keys.get(TestServices::operatorActor(), issued.key.id)->useCount,
                 2);
    }

    void onlyThoseWhoMayReadTheKeySeeItsUsage()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const IssuedKey issued = test.createKey(1, restricted());
        const User admin = test.createUser(1, QStringLiteral("a@one.test"), Role::Admin);
        const User member = test.createUser(1, QStringLiteral("u@one.test"), Role::User);
        const User stranger = test.createUser(other.id, QStringLiteral("a@two.test"), Role::Admin);
        auto asUser = [](const User &user) {
            Actor actor;
            actor.kind = Actor::Kind::User;
            actor.id = user.id;
            actor.tenantId = user.tenantId;
            actor.role = user.role;
            return actor;
        };
        const UsageSpan day = *UsageSpan::parse(QStringLiteral("24h"));
        QVERIFY(test.services().keyUsage.report(asUser(admin), issued.key.id, day));
        const auto fromMember = test.services().keyUsage.report(asUser(member), issued.key.id, day);
        QVERIFY(!fromMember);
        QCOMPARE(fromMember.error().code, DomainError::Code::Forbidden);
        // Another tenant's key reads as one that does not exist.
        const auto fromStranger =
            test.services().keyUsage.report(asUser(stranger), issued.key.id, day);
        QVERIFY(!fromStranger);
        QCOMPARE(fromStranger.error().field, QStringLiteral("tenant"));
        QVERIFY(test.services().keys.remove(TestServices::operatorActor(), issued.key.id));
        const auto deleted =
            test.services().keyUsage.report(TestServices::operatorActor(), issued.key.id, day);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, DomainError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeyUsage)
#include "TestKeyUsage.moc"
