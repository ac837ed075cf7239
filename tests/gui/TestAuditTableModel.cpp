// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "itemmodels/AuditNames.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/SearchFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace keyward;

namespace {

// Tenant "Acme" whose oldest key, `oldest`, was created before 450 others,
// so that its event lies far beyond the audit list's first page.
Tenant tenantWithOldKey(TestServices &test, const QString &oldest)
{
    const Tenant acme = test.createTenant(QStringLiteral("Acme"));
    NewKey key;
    key.name = oldest;
    test.createKey(acme.id, key);
    for (int i = 0; i < 450; ++i) {
        key.name = QStringLiteral("key %1").arg(i);
        test.createKey(acme.id, key);
    }
    return acme;
}

} // namespace

class TestAuditTableModel : public QObject {
    Q_OBJECT
private slots:
    void newestFirstPageByPage()
    {
        TestServices test;
        const Tenant acme = test.createTenant(QStringLiteral("Acme"));
        for (int i = 0; i < 450; ++i) {
            NewKey key;
            key.name = QStringLiteral("key %1").arg(i);
            test.createKey(acme.id, key);
        }
        AuditTableModel model(test.services().audit);
        model.setTenant(acme.id);
        QCOMPARE(model.rowCount(), AuditTableModel::pageSize);
        QCOMPARE(model.eventAt(0)->detail, QStringLiteral("key 449"));
        QCOMPARE(model.eventAt(0)->action, QStringLiteral("apikey.create"));

        // Events recorded meanwhile push the old ones down; the next page
        // repeats none and loses none.
        NewKey late;
        late.name = QStringLiteral("late");
        test.createKey(acme.id, late);
        // Attached after the reset (the tester fetches from its reset handler).
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.eventAt(row)->id);
        QCOMPARE(ids.size(), model.rowCount());
        // 450 key events plus the tenant's own creation and tenant key.
        QCOMPARE(model.rowCount(), 452);
    }

    void namesInsteadOfIdentifiers()
    {
        TestServices test;
        const Tenant acme = test.createTenant(QStringLiteral("Acme"));
        const User alice =
            test.createUser(acme.id, QStringLiteral("alice@acme.example"), Role::Admin);
        NewKey request;
        request.name = QStringLiteral("ingest");
        request.tenantId = acme.id;
        const auto created = test.services().keys.create(TestServices::actorOf(alice), request);
        QVERIFY(created);
        Actor console = TestServices::operatorActor();
        console.operatorName = QStringLiteral("console (ops@build-01)");
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(console, created->key.id, disable));

        AuditTableModel model(test.services().audit);
        AuditNames names(test.services(), TestServices::operatorActor());
        model.setNames(&names);
        model.setTenant(acme.id);
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        // Newest first: the console disabled the key alice had created.
        QCOMPARE(cell(0, AuditTableModel::ActorColumn), QStringLiteral("console (ops@build-01)"));
        QCOMPARE(cell(0, AuditTableModel::ActionColumn), QStringLiteral("Key changed"));
        QCOMPARE(cell(0, AuditTableModel::TargetColumn),
                 QStringLiteral("key “ingest” (%1)").arg(created->key.id));
        QCOMPARE(cell(0, AuditTableModel::TenantColumn), QStringLiteral("Acme"));
        QCOMPARE(cell(1, AuditTableModel::ActorColumn), QStringLiteral("alice@acme.example"));
        QCOMPARE(cell(1, AuditTableModel::ActionColumn), QStringLiteral("Key created"));
        // What the log stores stays at hand for scripts and searches.
        QCOMPARE(cell(1, AuditTableModel::ActorColumn, Qt::ToolTipRole),
                 QStringLiteral("user:%1").arg(alice.id));
        QCOMPARE(cell(1, AuditTableModel::ActionColumn, Qt::ToolTipRole),
                 QStringLiteral("apikey.create"));
        QCOMPARE(cell(0, AuditTableModel::TenantColumn, Qt::ToolTipRole),
                 QStringLiteral("tenant:%1").arg(acme.id));
        // An unknown action, or a key deleted since, reads as stored.
        QCOMPARE(AuditNames::action(QStringLiteral("future.thing")),
                 QStringLiteral("future.thing"));
        QVERIFY(test.services().keys.remove(console, created->key.id));
        names.forget();
        QCOMPARE(names.of(QStringLiteral("apikey:%1").arg(created->key.id)),
                 QStringLiteral("apikey:%1").arg(created->key.id));
    }

    void everyTenantOrOne()
    {
        TestServices test;
        const Tenant acme = test.createTenant(QStringLiteral("Acme"));
        const Tenant globex = test.createTenant(QStringLiteral("Globex"));
        AuditTableModel model(test.services().audit);
        model.setTenant(std::nullopt);
        const int everyone = model.rowCount();
        model.setTenant(globex.id);
        QVERIFY(model.rowCount() < everyone);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.eventAt(row)->tenantId, std::optional<qint64>(globex.id));

        SearchFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("tenant.create"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, AuditTableModel::TargetColumn).data().toString(),
                 QStringLiteral("tenant:%1").arg(globex.id));
        Q_UNUSED(acme);
    }

    void searchesEveryEventInTheStore()
    {
        TestServices test;
        const Tenant acme = tenantWithOldKey(test, QStringLiteral("needle"));
        AuditTableModel model(test.services().audit);
        model.setTenant(std::nullopt);
        QCOMPARE(model.rowCount(), AuditTableModel::pageSize);
        const qint64 everything = model.totalCount();
        // The oldest key event, far beyond the first page.
        model.setSearch(QStringLiteral("NEEDLE apikey.create"));
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.eventAt(0)->detail, QStringLiteral("needle"));
        model.setSearch(QStringLiteral("tenant.create acme")); // not the default tenant's
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.eventAt(0)->target, QStringLiteral("tenant:%1").arg(acme.id));
        model.setSearch(QString());
        QCOMPARE(model.totalCount(), everything);
    }

    void sortsEveryEventInTheStore()
    {
        TestServices test;
        const Tenant acme = tenantWithOldKey(test, QStringLiteral("zebra"));
        AuditTableModel model(test.services().audit);
        model.setTenant(acme.id);
        QCOMPARE(model.rowCount(), AuditTableModel::pageSize);
        // The detail last in order is the oldest key's, far beyond the
        // first page read newest first.
        model.sort(AuditTableModel::DetailColumn, Qt::DescendingOrder);
        QCOMPARE(model.eventAt(0)->detail, QStringLiteral("zebra"));
        QCOMPARE(model.rowCount(), AuditTableModel::pageSize);
        const auto trail = test.services().audit.list(acme.id, {1, 1000});
        QVERIFY(trail);
        model.sort(AuditTableModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(model.eventAt(0)->id, trail->items.last().id); // the oldest
        // Read to the end, the order holds across the pages.
        model.sort(AuditTableModel::ActionColumn, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 453);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.eventAt(row - 1)->action <= model.eventAt(row)->action);
        // No column: newest first again.
        model.sort(-1);
        QCOMPARE(model.eventAt(0)->detail, QStringLiteral("key 449"));
    }
};

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "TestAuditTableModel.moc"
