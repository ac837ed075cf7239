// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/AuditRepository.h"

#include <QTest>

using namespace keyward;

class TestAuditRepository : public QObject {
    Q_OBJECT
private slots:
    void appendsAndListsNewestFirstPerTenant()
    {
        TestDatabase test;
        AuditRepository audit(*test.database());
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(audit.append({0, now, QStringLiteral("user:1"), 1, QStringLiteral("apikey.create"),
                              QStringLiteral("apikey:1"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("first")}));
        QVERIFY(audit.append({0,
                              now.addSecs(1),
                              QStringLiteral("user:1"),
                              1,
                              QStringLiteral("apikey.delete"),
                              QStringLiteral("apikey:1"),
                              QStringLiteral("::1"),
                              {}}));
        QVERIFY(audit.append({0,
                              now,
                              QStringLiteral("system"),
                              std::nullopt,
                              QStringLiteral("tenant.create"),
                              QStringLiteral("tenant:2"),
                              {},
                              {}}));
        auto ofTenant = audit.list(1, {1, 10});
        QVERIFY(ofTenant);
        QCOMPARE(ofTenant->totalCount, 2);
        QCOMPARE(ofTenant->items.first().action, QStringLiteral("apikey.delete"));
        QCOMPARE(ofTenant->items.first().sourceIp, QStringLiteral("::1"));
        QCOMPARE(ofTenant->items.last().detail, QStringLiteral("first"));
        auto all = audit.list(std::nullopt, {1, 10});
        QCOMPARE(all->totalCount, 3);
        QVERIFY(!all->items.first().tenantId.has_value());

        // Searched in the store: each word somewhere, in any case, literally.
        const auto found = [&](std::optional<qint64> tenant, const QStringList &terms) {
            QStringList actions;
            const auto listed = audit.list(tenant, {1, 10}, terms);
            for (const AuditEvent &event : listed->items)
                actions << event.action;
            return actions;
        };
        QCOMPARE(found(std::nullopt, {QStringLiteral("CREATE")}),
                 (QStringList{QStringLiteral("tenant.create"), QStringLiteral("apikey.create")}));
        QCOMPARE(found(1, {QStringLiteral("create")}),
                 QStringList{QStringLiteral("apikey.create")});
        QCOMPARE(found(std::nullopt, {QStringLiteral("user:1"), QStringLiteral("::1")}),
                 QStringList{QStringLiteral("apikey.delete")});
        QCOMPARE(found(std::nullopt, {QStringLiteral("first")}),
                 QStringList{QStringLiteral("apikey.create")}); // the detail
        QCOMPARE(found(std::nullopt, {QStringLiteral("apikey_create")}), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "TestAuditRepository.moc"
