// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/TenantRepository.h"

#include <QTest>

using namespace keyward;

class TestTenantRepository : public QObject {
    Q_OBJECT
private:
    static Tenant tenant(const QString &name, bool discoverable = true)
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        return {0, name, true, discoverable, now, now};
    }

private slots:
    void insertAndFind()
    {
        TestDatabase test;
        TenantRepository tenants(*test.database());
        auto id = tenants.insert(tenant(QStringLiteral("Acme")));
        QVERIFY(id);
        QVERIFY(*id > 0);
        auto found = tenants.findById(*id);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->name, QStringLiteral("Acme"));
        QCOMPARE((*found)->createdAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY((*found)->isActive);
        auto missing = tenants.findById(*id + 1000);
        QVERIFY(missing && !missing->has_value());
    }

    void listPagesAndFiltersUndiscoverable()
    {
        TestDatabase test;
        TenantRepository tenants(*test.database());
        for (int i = 0; i < 5; ++i)
            QVERIFY(tenants.insert(tenant(QStringLiteral("T%1").arg(i), i != 2)));
        auto firstPage = tenants.list({1, 2}, false);
        QVERIFY(firstPage);
        QCOMPARE(firstPage->totalCount, 5);
        QCOMPARE(firstPage->items.size(), 2);
        QCOMPARE(firstPage->items.at(0).name, QStringLiteral("T0"));
        auto lastPage = tenants.list({3, 2}, false);
        QCOMPARE(lastPage->items.size(), 1);
        QCOMPARE(lastPage->items.at(0).name, QStringLiteral("T4"));
        auto discoverable = tenants.list({1, 10}, true);
        QCOMPARE(discoverable->totalCount, 4);
        for (const Tenant &t : discoverable->items)
            QVERIFY(t.name != QStringLiteral("T2"));
    }

    void updateChangesFieldsAndReportsMissingRows()
    {
        TestDatabase test;
        TenantRepository tenants(*test.database());
        Tenant acme = tenant(QStringLiteral("Acme"));
        acme.id = *tenants.insert(acme);
        acme.name = QStringLiteral("Acme Ltd");
        acme.isActive = false;
        QVERIFY(tenants.update(acme));
        QCOMPARE((*tenants.findById(acme.id))->name, QStringLiteral("Acme Ltd"));
        QVERIFY(!(*tenants.findById(acme.id))->isActive);
        acme.id += 1000;
        auto missing = tenants.update(acme);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTenantRepository)
#include "TestTenantRepository.moc"
