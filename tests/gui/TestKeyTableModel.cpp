// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "domain/Transactional.h"
#include "itemmodels/KeyTableModel.h"
#include "store/ApiKeyRepository.h"
#include "store/Sql.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace keyward;

class TestKeyTableModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    qint64 m_tenantId = 0;

    // Many keys in one transaction: the same service calls as one by one,
    // without a commit per key.
    void createKeys(int count, const QString &prefix = QStringLiteral("key"))
    {
        Services &services = m_test->services();
        auto made = inWriteTransaction(*services.database, [&]() -> Outcome<int> {
            for (int i = 0; i < count; ++i) {
                NewKey key;
                key.tenantId = m_tenantId;
                key.name = QStringLiteral("%1 %2").arg(prefix).arg(i);
                key.permissions = {QStringLiteral("read")};
                auto issued = services.keys.createInTransaction(TestServices::operatorActor(), key);
                if (!issued)
                    return issued.error();
            }
            return count;
        });
        QVERIFY(made);
    }
    KeyTableModel makeModel() const
    {
        return KeyTableModel(m_test->services().keys, *m_test->services().clock,
                             TestServices::operatorActor());
    }
    static QSet<qint64> idsIn(const KeyTableModel &model)
    {
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.keyAt(row)->id);
        return ids;
    }
    QSet<qint64> idsInStore() const
    {
        KeyService::ListFilter filter;
        filter.tenantId = m_tenantId;
        QSet<qint64> ids;
        for (PageRequest page{1, PageRequest::maxPageSize};; ++page.page) {
            auto listed = m_test->services().keys.list(TestServices::operatorActor(), filter, page);
            if (!listed || listed->items.isEmpty())
                break;
            for (const ApiKey &key : std::as_const(listed->items))
                ids.insert(key.id);
        }
        return ids;
    }
    QString expiresText(const KeyTableModel &model, int row) const
    {
        return model.index(row, KeyTableModel::ExpiresColumn).data().toString();
    }
    KeyTableModel::Expiry expiry(const KeyTableModel &model, int row) const
    {
        return model.index(row, KeyTableModel::ExpiresColumn)
            .data(KeyTableModel::ExpiryRole)
            .value<KeyTableModel::Expiry>();
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestServices>();
        m_tenantId = m_test->createTenant(QStringLiteral("Acme")).id;
    }
    void cleanup() { m_test.reset(); }

    void loadsPageByPage()
    {
        createKeys(1050); // plus the tenant key every tenant is born with
        KeyTableModel model = makeModel();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        model.setTenant(m_tenantId);
        QCOMPARE(model.rowCount(), KeyTableModel::pageSize);
        QCOMPARE(model.totalCount(), 1051);
        int fetches = 0;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            ++fetches;
            QCOMPARE(model.rowCount(), qMin(before + KeyTableModel::pageSize, 1051));
        }
        QCOMPARE(fetches, 5); // 6 pages of 200 in all
        QCOMPARE(model.rowCount(), 1051);
        QCOMPARE(idsIn(model), idsInStore());
    }

    void passesTheModelTester()
    {
        createKeys(450);
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        // Attached after the reset: the tester calls fetchMore() from its
        // modelReset handler before it has noted the reset as finished.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        NewKey request;
        request.name = QStringLiteral("fresh");
        model.upsertKey(m_test->createKey(m_tenantId, request).key);
        model.removeKey(model.keyAt(3)->id);
        model.refreshTimes();
        QCOMPARE(model.rowCount(), 451);
    }

    void searchesTheWholeTenantInTheStore()
    {
        // Issue 15: "bulk-18999" was not found while 7,000 rows were loaded.
        createKeys(1200, QStringLiteral("bulk"));
        createKeys(1, QStringLiteral("needle-in-the-haystack"));
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        QCOMPARE(model.rowCount(), KeyTableModel::pageSize);
        model.setSearch(QStringLiteral("NEEDLE"));
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.keyAt(0)->name, QStringLiteral("needle-in-the-haystack 0"));
        // Every word must match.
        model.setSearch(QStringLiteral("haystack needle"));
        QCOMPARE(model.totalCount(), 1);
        model.setSearch(QStringLiteral("needle bulk"));
        QCOMPARE(model.totalCount(), 0);
        // More matches than a page load lazily, like the whole list; the
        // store stops counting them at searchCountLimit ("more than 1,000").
        model.setSearch(QStringLiteral("bulk"));
        QCOMPARE(model.totalCount(), KeyTableModel::searchCountLimit);
        QVERIFY(model.moreThanTotal());
        QCOMPARE(model.rowCount(), KeyTableModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        QCOMPARE(model.totalCount(), 1200); // the last page tells the count
        QVERIFY(!model.moreThanTotal());
        // An id finds its key.
        const qint64 some = model.keyAt(150)->id;
        model.setSearch(QString::number(some));
        QVERIFY(model.rowOf(some) >= 0);
        model.setSearch(QString());
        QCOMPARE(model.totalCount(), 1202); // and the tenant key
    }

    void aDeleteBeforeTheNextPageSkipsNothing()
    {
        createKeys(450);
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        QCOMPARE(model.rowCount(), 200);
        // Deleting a loaded key moves every later row up one place in the
        // service's order; the next page must still start at the right row.
        const qint64 doomed = model.keyAt(17)->id;
        QVERIFY(m_test->services().keys.remove(TestServices::operatorActor(), doomed));
        model.removeKey(doomed);
        QCOMPARE(model.rowCount(), 199);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(idsIn(model), idsInStore());
    }

    void aKeyCreatedHereAppearsOnce()
    {
        createKeys(300);
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        NewKey request;
        request.name = QStringLiteral("fresh");
        const IssuedKey fresh = m_test->createKey(m_tenantId, request);
        model.upsertKey(fresh.key);
        QCOMPARE(model.rowCount(), 201);
        QCOMPARE(model.rowOf(fresh.key.id), 200);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 302);
        QCOMPARE(idsIn(model).size(), 302);
        QCOMPARE(idsIn(model), idsInStore());
    }

    void changesShowInPlace()
    {
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        const ApiKey tenantKey = *model.keyAt(0);
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        auto updated =
            m_test->services().keys.update(TestServices::operatorActor(), tenantKey.id, disable);
        QVERIFY(updated);
        model.upsertKey(*updated);
        QCOMPARE(model.index(0, KeyTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(model.index(0, KeyTableModel::LabelColumn).data(ItemRoles::EmphasisRole).toInt(),
                 int(ItemRoles::Emphasis::Muted));
    }

    void relativeExpiryAndItsMarks()
    {
        constexpr qint64 day = 86400;
        NewKey shortLived;
        shortLived.name = QStringLiteral("three days");
        shortLived.lifetimeSeconds = 3 * day;
        NewKey monthly;
        monthly.name = QStringLiteral("thirty days");
        monthly.lifetimeSeconds = 30 * day;
        m_test->createKey(m_tenantId, shortLived);
        m_test->createKey(m_tenantId, monthly);
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        QCOMPARE(model.rowCount(), 3);
        // Row 0 is the tenant key, which never expires.
        QCOMPARE(expiresText(model, 0), QStringLiteral("never"));
        QCOMPARE(expiry(model, 0), KeyTableModel::Expiry::Never);
        QCOMPARE(expiresText(model, 1), QStringLiteral("in 3 days"));
        QCOMPARE(expiry(model, 1), KeyTableModel::Expiry::ExpiringSoon);
        QCOMPARE(expiresText(model, 2), QStringLiteral("in 30 days"));
        QCOMPARE(expiry(model, 2), KeyTableModel::Expiry::Valid);
        QCOMPARE(model.index(2, KeyTableModel::ExpiresColumn).data(ItemRoles::EmphasisRole).toInt(),
                 int(ItemRoles::Emphasis::Normal));

        m_test->clock().advance(24 * day);
        QCOMPARE(expiresText(model, 2), QStringLiteral("in 6 days"));
        QCOMPARE(expiry(model, 2), KeyTableModel::Expiry::ExpiringSoon);
        QCOMPARE(model.index(2, KeyTableModel::ExpiresColumn).data(ItemRoles::EmphasisRole).toInt(),
                 int(ItemRoles::Emphasis::Warning));
        QCOMPARE(expiresText(model, 1), QStringLiteral("expired 21 days ago"));
        QCOMPARE(expiry(model, 1), KeyTableModel::Expiry::Expired);
        QCOMPARE(model.index(1, KeyTableModel::ExpiresColumn).data(ItemRoles::EmphasisRole).toInt(),
                 int(ItemRoles::Emphasis::Critical));
        // The rest of an expired key's row is muted.
        QCOMPARE(model.index(1, KeyTableModel::LabelColumn).data(ItemRoles::EmphasisRole).toInt(),
                 int(ItemRoles::Emphasis::Muted));
    }

    void neverShowsASecret()
    {
        NewKey request;
        request.name = QStringLiteral("billing");
        const IssuedKey issued = m_test->createKey(m_tenantId, request);
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        const int row = model.rowOf(issued.key.id);
        QVERIFY(row >= 0);
        const QString secret = QString::fromLatin1(issued.secret);
        const QString prefix = model.index(row, KeyTableModel::PrefixColumn).data().toString();
        QVERIFY(prefix.startsWith(QStringLiteral("sk_")));
        QVERIFY(prefix.size() < 16);
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                QVERIFY(!model.index(row, column).data(role).toString().contains(secret.mid(3)));
        }
    }

    void sortsTheWholeListInTheStore()
    {
        // Lifetimes that run against the creation order: sorted by expiry,
        // the first page holds the soonest of all keys, not of the first 200.
        constexpr qint64 day = 86400;
        Services &services = m_test->services();
        auto made = inWriteTransaction(*services.database, [&]() -> Outcome<int> {
            for (int i = 0; i < 450; ++i) {
                NewKey key;
                key.tenantId = m_tenantId;
                key.name = QStringLiteral("life %1").arg(i, 3, 10, QLatin1Char('0'));
                key.lifetimeSeconds = (450 - i) * day;
                auto issued = services.keys.createInTransaction(TestServices::operatorActor(), key);
                if (!issued)
                    return issued.error();
            }
            return 0;
        });
        QVERIFY(made);
        KeyTableModel model = makeModel();
        model.setTenant(m_tenantId);
        model.sort(KeyTableModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(model.keyAt(0)->name, QStringLiteral("life 449"));
        QCOMPARE(model.keyAt(199)->name, QStringLiteral("life 250"));

        // Deleted elsewhere (not through this list) before the next page:
        // keyset paging skips nothing.
        const qint64 gone = model.keyAt(100)->id;
        QVERIFY(services.keys.remove(TestServices::operatorActor(), gone));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 451); // the tenant key too, which never expires: last
        QCOMPARE(model.keyAt(450)->kind, ApiKeyKind::Tenant);
        for (int row = 1; row < 450; ++row)
            QVERIFY(model.keyAt(row - 1)->expiresAt < model.keyAt(row)->expiresAt);
        QCOMPARE(idsIn(model), idsInStore() + QSet<qint64>{gone});

        model.sort(KeyTableModel::LabelColumn, Qt::DescendingOrder);
        QCOMPARE(model.keyAt(0)->kind, ApiKeyKind::Tenant); // "Tenant key" > "life …"
        QCOMPARE(model.keyAt(1)->name, QStringLiteral("life 449"));
        // Disabled keys sort after the usable ones.
        const qint64 disabled = model.keyAt(5)->id;
        KeyChanges changes;
        changes.status = KeyStatus::Disabled;
        QVERIFY(services.keys.update(TestServices::operatorActor(), disabled, changes));
        model.sort(KeyTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(model.keyAt(0)->id, disabled);
        // Attention is judged here, not in the store: no store order for it.
        model.sort(KeyTableModel::AttentionColumn, Qt::AscendingOrder);
        QCOMPARE(model.keyAt(0)->id, disabled);
        model.sort(-1, Qt::AscendingOrder); // back to the natural order
        QCOMPARE(model.keyAt(0)->kind, ApiKeyKind::Tenant);
        QCOMPARE(model.keyAt(1)->name, QStringLiteral("life 000"));
    }

    // 100,000 keys: opening reads one page, and a page deep in the list
    // costs about what the first did.
    void aHundredThousandKeysOpenWithoutAStall()
    {
        QElapsedTimer timer;
        timer.start();
        {
            // Straight into the table: what is measured is reading them.
            WriteTransaction transaction(*m_test->services().database);
            ApiKeyRepository keys(*m_test->services().database);
            const QDateTime now = m_test->clock().now();
            for (int i = 0; i < 100000; ++i) {
                ApiKey key;
                key.tenantId = m_tenantId;
                key.name = QStringLiteral("bulk %1").arg(i);
                key.displayPrefix = QStringLiteral("sk_%1").arg(i, 6, 36, QLatin1Char('0'));
                key.digest = QByteArray::number(i).toHex();
                key.permissions = {QStringLiteral("read")};
                key.createdAt = now;
                key.updatedAt = now;
                QVERIFY(keys.insert(key));
            }
            QVERIFY(transaction.commit());
        }
        qInfo("inserted 100,000 keys in %lld ms", timer.elapsed());

        KeyTableModel model = makeModel();
        timer.restart();
        model.setTenant(m_tenantId);
        const qint64 openMs = timer.elapsed();
        QCOMPARE(model.rowCount(), KeyTableModel::pageSize);
        QCOMPARE(model.totalCount(), 100001);
        timer.restart();
        model.fetchMore({});
        const qint64 secondPageMs = timer.elapsed();
        // Scroll far: the view asks page after page; the last ones are the
        // dearest (OFFSET walks the index).
        for (int page = 0; page < 100; ++page)
            model.fetchMore({});
        timer.restart();
        model.fetchMore({});
        const qint64 page103Ms = timer.elapsed();
        // The deepest page the view can ever ask for, through the same call.
        KeyService::ListFilter filter;
        filter.tenantId = m_tenantId;
        timer.restart();
        auto last = m_test->services().keys.list(TestServices::operatorActor(), filter,
                                                 {501, KeyTableModel::pageSize});
        const qint64 lastPageMs = timer.elapsed();
        QVERIFY(last);
        QCOMPARE(last->items.size(), 1);
        qInfo("open (first page): %lld ms; second page: %lld ms; page 103 (offset 20,400): "
              "%lld ms; last page (offset 100,000): %lld ms; rows loaded: %d",
              openMs, secondPageMs, page103Ms, lastPageMs, model.rowCount());
        QCOMPARE(model.rowCount(), 103 * KeyTableModel::pageSize);
        // Generous bounds (a debug build on a busy machine); a full load of
        // 100,000 rows would take seconds.
        QVERIFY2(openMs < 1000, qPrintable(QString::number(openMs)));
        QVERIFY2(page103Ms < 1000, qPrintable(QString::number(page103Ms)));
        QVERIFY2(lastPageMs < 1000, qPrintable(QString::number(lastPageMs)));
    }
};

QTEST_GUILESS_MAIN(TestKeyTableModel)
#include "TestKeyTableModel.moc"
