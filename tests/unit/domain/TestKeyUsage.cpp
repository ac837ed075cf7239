// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Per-key usage reports (KeyUsageService): spans of hours or days, every
// outcome of a key in use, reported to whoever may read the key.
#include "UsageArrange.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;
using Verdict = KeyVerifier::Outcome;

class TestKeyUsage : public QObject, UsageArrange {
    Q_OBJECT
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

    void onlyThoseWhoMayReadTheKeySeeItsUsage()
    {
        TestServices test;
        const Tenant other = test.createTenant(QStringLiteral("Other"));
        const IssuedKey issued = test.createKey(1, restricted());
        const User admin = test.createUser(1, QStringLiteral("a@one.test"), Role::Admin);
        const User member = test.createUser(1, QStringLiteral("u@one.test"), Role::User);
        const User stranger = test.createUser(other.id, QStringLiteral("a@two.test"), Role::Admin);
        const UsageSpan day = *UsageSpan::parse(QStringLiteral("24h"));
        QVERIFY(test.services().keyUsage.report(TestServices::actorOf(admin), issued.key.id, day));
        const auto fromMember =
            test.services().keyUsage.report(TestServices::actorOf(member), issued.key.id, day);
        QVERIFY(!fromMember);
        QCOMPARE(fromMember.error().code, DomainError::Code::Forbidden);
        // Another tenant's key reads as one that does not exist.
        const auto fromStranger =
            test.services().keyUsage.report(TestServices::actorOf(stranger), issued.key.id, day);
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
