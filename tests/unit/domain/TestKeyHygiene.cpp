// The hygiene review of a key row: soon expiring (short and long
// lifetimes), never used, idle (back-dated use), wide open; inactive keys
// and tenant keys are left alone where the concern does not apply.
#include "domain/KeyHygiene.h"

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
        QCOMPARE(KeyHygiene::review(shortLived, now).first().reason,
                 QStringLiteral("expires in 3 days"));
        shortLived.expiresAt = now.addSecs(3600);
        QCOMPARE(KeyHygiene::review(shortLived, now).first().reason,
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
        QCOMPARE(KeyHygiene::review(unused, now).first().reason,
                 QStringLiteral("never used in the 8 days since it was made"));
        unused.createdAt = now.addDays(-6);
        QCOMPARE(concerns(unused), QList<Concern>());
    }

    void idleAfterAMonth()
    {
        ApiKey idle = key(200);
        idle.lastUsedAt = now.addDays(-45);
        QCOMPARE(concerns(idle), QList<Concern>{Concern::Idle});
        QCOMPARE(KeyHygiene::review(idle, now).first().reason,
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
        QCOMPARE(KeyHygiene::review(wide, now).first().reason,
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
};

QTEST_GUILESS_MAIN(TestKeyHygiene)
#include "TestKeyHygiene.moc"
