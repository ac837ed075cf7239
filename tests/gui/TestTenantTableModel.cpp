// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "itemmodels/SearchFilterModel.h"
#include "itemmodels/TenantTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace keyward;

class TestTenantTableModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;

    TenantTableModel makeModel() const
    {
        return TenantTableModel(m_test->services().tenants, m_test->services().keys,
                                TestServices::operatorActor());
    }
    static QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private slots:
    void init() { m_test = std::make_unique<TestServices>(); }
    void cleanup() { m_test.reset(); }

    void listsEveryTenantWithItsKeyCount()
    {
        const Tenant acme = m_test->createTenant(QStringLiteral("Acme"));
        m_test->createTenant(QStringLiteral("Globex"));
        for (int i = 0; i < 3; ++i) {
            NewKey key;
            key.name = QStringLiteral("k%1").arg(i);
            m_test->createKey(acme.id, key);
        }
        TenantTableModel model = makeModel();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 3); // Default, Acme, Globex
        const int row = model.rowOf(acme.id);
        QCOMPARE(cell(model, row, TenantTableModel::NameColumn), QStringLiteral("Acme"));
        QCOMPARE(cell(model, row, TenantTableModel::KeysColumn), QStringLiteral("4"));
        QCOMPARE(cell(model, row, TenantTableModel::StatusColumn), QStringLiteral("Active"));

        NewKey another;
        another.name = QStringLiteral("k3");
        m_test->createKey(acme.id, another);
        model.recountKeys(acme.id);
        QCOMPARE(cell(model, row, TenantTableModel::KeysColumn), QStringLiteral("5"));
    }

    void inactiveTenantsAreShownMuted()
    {
        const Tenant acme = m_test->createTenant(QStringLiteral("Acme"));
        TenantTableModel model = makeModel();
        model.refresh();
        TenantService::Changes off;
        off.isActive = false;
        auto updated =
            m_test->services().tenants.update(TestServices::operatorActor(), acme.id, off);
        QVERIFY(updated);
        model.upsertTenant(*updated);
        const int row = model.rowOf(acme.id);
        QCOMPARE(cell(model, row, TenantTableModel::StatusColumn), QStringLiteral("Inactive"));
        QCOMPARE(model.index(row, 0).data(TenantTableModel::ActiveRole).toBool(), false);
        QCOMPARE(model.index(row, 0).data(ItemRoles::EmphasisRole).toInt(),
                 int(ItemRoles::Emphasis::Muted));
    }

    void filtersAsYouType()
    {
        for (const char *name : {"Acme Corp", "Acme Labs", "Globex", "Initech"})
            m_test->createTenant(QString::fromLatin1(name));
        TenantTableModel model = makeModel();
        model.refresh();
        SearchFilterModel filter; // set up as the tenants pane does
        filter.setSourceModel(&model);
        filter.setSearchColumns({TenantTableModel::NameColumn});
        QCOMPARE(filter.rowCount(), 5);
        QString typed;
        // "", "a" (Default too), "ac", "acm", "acme", "acme l"
        const QList<int> expected{5, 3, 2, 2, 2, 1};
        int step = 0;
        for (const QString &next : {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("m"),
                                    QStringLiteral("e"), QStringLiteral(" l")}) {
            typed += next;
            filter.setSearchText(typed);
            ++step;
            QCOMPARE(filter.rowCount(), expected.at(step));
        }
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Acme Labs"));
        filter.setSearchText(QStringLiteral("inactive"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QStringLiteral("GLOB"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void newTenantsAppendWithTheirTenantKey()
    {
        TenantTableModel model = makeModel();
        model.refresh();
        const Tenant fresh = m_test->createTenant(QStringLiteral("Umbrella"));
        model.upsertTenant(fresh);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, TenantTableModel::KeysColumn), QStringLiteral("1"));
        QCOMPARE(model.tenantAt(1)->name, QStringLiteral("Umbrella"));
    }
};

QTEST_GUILESS_MAIN(TestTenantTableModel)
#include "TestTenantTableModel.moc"
