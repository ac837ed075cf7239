// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The hygiene review of a key row: soon expiring (short and long
// lifetimes), never used, idle (back-dated use), wide open; inactive keys
// and tenant keys are left alone where the concern does not apply. The
// store's attention filter finds exactly the keys the review raises each
// concern about, on SQLite and PostgreSQL.
#include "TestDatabase.h"
#include "domain/KeyHygiene.h"
#include "store/TenantRepository.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace keyward;
using Concern = KeyHygiene::Concern;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

ApiKey key(qint64 ageDays)
{
    ApiKey row;
    row.name = QStringLiteral("k");
    row.permissions = {QStringLiteral("read")};
    row.createdAt = now.addDays(-ageDays);
    row.lastUsedAt = now.addSecs(-60);
    row.useCount = 1;
    return row;
}

QList<Concern> concerns(const ApiKey &row, const KeyHygiene::Settings &settings = {})
{
    QList<Concern> found;
    for (const auto &finding : KeyHygiene::review(row, now, settings))
        found << finding.concern;
    return found;
}

} // namespace

class TestKeyHygiene : public QObject {
    Q_OBJECT
private slots:
    void aHealthyKeyRaisesNothing() { QCOMPARE(concerns(key(100)), QList<Concern>()); }

    void expiryWithinTheWindow()
    {
        ApiKey shortLived = key(1);
        shortLived.expiresAt = now.addDays(3);
        QCOMPARE(concerns(shortLived), QList<Concern>{Concern::ExpiringSoon});
        QCOMPARE(KeyHygiene::review(shortLived, now).first().reason.text(),
                 QStringLiteral("expires in 3 days"));
        shortLived.expiresAt = now.addSecs(3600);
        QCOMPARE(KeyHygiene::review(shortLived, now).first().reason.text(),
                 QStringLiteral("expires within a day"));
        ApiKey longLived = key(1);
        longLived.expiresAt = now.addDays(90);
        QCOMPARE(concerns(longLived), QList<Concern>());
        KeyHygiene::Settings wide;
        wide.expiringWithinDays = 120;
        QCOMPARE(concerns(longLived, wide), QList<Concern>{Concern::ExpiringSoon});
        longLived.expiresAt = now.addSecs(-1); // already expired: nothing left to warn of
        QCOMPARE(concerns(longLived, wide), QList<Concern>());
    }

    void neverUsedAfterAWeek()
    {
        ApiKey unused = key(8);
        unused.lastUsedAt = {};
        unused.useCount = 0;
        QCOMPARE(concerns(unused), QList<Concern>{Concern::NeverUsed});
        QCOMPARE(KeyHygiene::review(unused, now).first().reason.text(),
                 QStringLiteral("never used in the 8 days since it was made"));
        unused.createdAt = now.addDays(-6);
        QCOMPARE(concerns(unused), QList<Concern>());
    }

    void idleAfterAMonth()
    {
        ApiKey idle = key(200);
        idle.lastUsedAt = now.addDays(-45);
        QCOMPARE(concerns(idle), QList<Concern>{Concern::Idle});
        QCOMPARE(KeyHygiene::review(idle, now).first().reason.text(),
                 QStringLiteral("unused for 45 days"));
        idle.lastUsedAt = now.addDays(-29);
        QCOMPARE(concerns(idle), QList<Concern>());
    }

    void wideOpenWithoutAnAllowList()
    {
        ApiKey wide = key(10);
        wide.permissions = {QStringLiteral("read"), QStringLiteral("write"),
                            QStringLiteral("billing:admin")};
        QCOMPARE(concerns(wide), QList<Concern>{Concern::WideOpen});
        QCOMPARE(KeyHygiene::review(wide, now).first().reason.text(),
                 QStringLiteral("write, billing:admin from any network"));
        wide.allowedNetworks = QStringLiteral("10.0.0.0/8");
        QCOMPARE(concerns(wide), QList<Concern>());
    }

    void onlyActiveKeysAndTenantKeysOnlyForWhatFits()
    {
        ApiKey disabled = key(100);
        disabled.status = KeyStatus::Disabled;
        disabled.lastUsedAt = {};
        disabled.expiresAt = now.addDays(1);
        QCOMPARE(concerns(disabled), QList<Concern>());
        ApiKey tenant = key(100);
        tenant.kind = ApiKeyKind::Tenant;
        tenant.lastUsedAt = {};
        tenant.permissions = {QStringLiteral("token:generate")};
        QCOMPARE(concerns(tenant), QList<Concern>());
        ApiKey everything = key(100);
        everything.lastUsedAt = now.addDays(-40);
        everything.expiresAt = now.addDays(2);
        everything.permissions = {QStringLiteral("*")};
        QCOMPARE(concerns(everything),
                 (QList<Concern>{Concern::ExpiringSoon, Concern::Idle, Concern::WideOpen}));
    }

    void theStoreFindsWhatTheReviewFinds()
    {
        TestDatabase test;
        const Database &database = *test.database();
        ApiKeyRepository keys(database);
        TenantRepository tenants(database);
        auto newTenant = [&tenants] {
            return *tenants.insert({0, QStringLiteral("T"), true, true, now, now});
        };
        QRandomGenerator random(20261205);
        auto pick = [&random](const auto &choices) {
            return choices[random.bounded(int(std::size(choices)))];
        };
        const QDateTime noTime;
        const QDateTime expiries[] = {noTime,          now.addSecs(-1), now.addSecs(3600),
                                      now.addDays(13), now.addDays(14), now.addDays(15),
                                      now.addDays(400)};
        const QDateTime creations[] = {now.addDays(-1), now.addDays(-7), now.addDays(-8),
                                       now.addDays(-60)};
        const QDateTime uses[] = {noTime, now.addSecs(-60), now.addDays(-30), now.addDays(-31)};
        const QStringList permissions[] = {
            {QStringLiteral("read")},
            {QStringLiteral("write")},
            {QStringLiteral("reporting:admin"), QStringLiteral("read")},
            {QStringLiteral("*")},
            {QStringLiteral("rewrite")},
            {QStringLiteral("writer")},
            {}};
        const QString networks[] = {QString(), QStringLiteral("10.0.0.0/8"), QStringLiteral("  ")};
        const qint64 shared = newTenant();
        QList<ApiKey> all;
        for (int i = 0; i < 400; ++i) {
            ApiKey row;
            row.kind = random.bounded(5) == 0 ? ApiKeyKind::Tenant : ApiKeyKind::Secret;
            // A tenant has one active tenant key without expiry.
            row.tenantId = row.kind == ApiKeyKind::Tenant ? newTenant() : shared;
            row.status = random.bounded(4) == 0 ? KeyStatus::Disabled : KeyStatus::Active;
            row.name = QStringLiteral("k%1").arg(i);
            row.displayPrefix = QStringLiteral("sk_x");
            row.digest = QByteArray::number(i);
            row.expiresAt = pick(expiries);
            row.createdAt = row.updatedAt = pick(creations);
            row.permissions = pick(permissions);
            row.allowedNetworks = pick(networks);
            const auto id = keys.insert(row);
            QVERIFY(id);
            row.id = *id;
            const QDateTime used = pick(uses);
            if (used.isValid())
                QVERIFY(keys.addUsage({{row.id, used, 1}}));
            row.lastUsedAt = used;
            all << row;
        }
        for (const Concern concern :
             {Concern::ExpiringSoon, Concern::NeverUsed, Concern::Idle, Concern::WideOpen}) {
            QSet<qint64> reviewed;
            for (const ApiKey &row : std::as_const(all)) {
                for (const auto &finding : KeyHygiene::review(row, now)) {
                    if (finding.concern == concern)
                        reviewed << row.id;
                }
            }
            ApiKeyRepository::Filter filter;
            filter.attention = KeyHygiene::attention(concern, now);
            const auto listed = keys.list(filter, {1, PageRequest::maxPageSize});
            QVERIFY(listed);
            QSet<qint64> stored;
            for (const ApiKey &row : listed->items)
                stored << row.id;
            QVERIFY2(!reviewed.isEmpty(), qPrintable(KeyHygiene::concernName(concern)));
            QCOMPARE(stored, reviewed);
            const auto counted = keys.countPerTenant(filter);
            QVERIFY(counted);
            qint64 total = 0;
            for (const qint64 count : *counted)
                total += count;
            QCOMPARE(total, qint64(reviewed.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyHygiene)
#include "TestKeyHygiene.moc"
