// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"
#include "itemmodels/KeyTableModel.h"
#include "store/ApiKeyRepository.h"
#include "store/Sql.h"

#include <QTest>

using namespace keyward;

// The console's key list over a tenant of 100,000 keys, as issue 15 budgets
// it: opening the tenant (its first page), a search, a sort by each column
// the store sorts, the end of the list, and a page deep in it. Run with
// -median 5 (bench/console.sh) on a release build; not part of the suite.
class BenchKeyList : public QObject {
    Q_OBJECT
private:
    static constexpr int keyCount = 100000;
    std::unique_ptr<TestServices> m_test;
    qint64 m_tenantId = 0;

    KeyTableModel makeModel() const
    {
        return KeyTableModel(m_test->services().keys, *m_test->services().clock,
                             TestServices::operatorActor());
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestServices>();
        m_tenantId = m_test->createTenant(QStringLiteral("Bulk")).id;
        // Straight into the table, varied the way a real store is.
        WriteTransaction transaction(*m_test->services().database);
        ApiKeyRepository keys(*m_test->services().database);
        const QDateTime now = m_test->clock().now();
        for (int i = 0; i < keyCount; ++i) {
            ApiKey key;
            key.tenantId = m_tenantId;
            key.name = QStringLiteral("bulk-%1").arg(i);
            key.displayPrefix =
                QStringLiteral("sk_%1").arg(i * 7919 % keyCount, 6, 36, QLatin1Char('0'));
            key.digest = QByteArray::number(i).toHex();
            key.permissions = i % 3 ? QStringList{QStringLiteral("read")}
                                    : QStringList{QStringLiteral("read"), QStringLiteral("write")};
            key.allowedNetworks = i % 5 ? QString() : QStringLiteral("10.%1.0.0/16").arg(i % 256);
            if (i % 4)
                key.expiresAt = now.addSecs(qint64(i % 997) * 3600);
            if (i % 2)
                key.lastUsedAt = now.addSecs(-qint64(i % 641) * 60);
            key.useCount = i % 1000;
            key.createdAt = now;
            key.updatedAt = now;
            QVERIFY(keys.insert(key));
        }
        QVERIFY(transaction.commit());
    }
    void cleanupTestCase() { m_test.reset(); }

    void openTheTenant()
    {
        QBENCHMARK
        {
            KeyTableModel model = makeModel();
            model.setTenant(m_tenantId);
            QCOMPARE(model.rowCount(), KeyTableModel::pageSize);
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<qint64>("matches");
        QTest::newRow("one label") << QStringLiteral("bulk-99999") << qint64(1);
        QTest::newRow("a word in a fifth") << QStringLiteral("10.") << qint64(keyCount / 5);
        QTest::newRow("two words") << QStringLiteral("bulk-7 write") << qint64(-1);
        QTest::newRow("no match") << QStringLiteral("nothing-like-it") << qint64(0);
    }
    void search()
    {
        QFETCH(QString, words);
        QFETCH(qint64, matches);
        QBENCHMARK
        {
            KeyTableModel model = makeModel();
            model.setSearch(words);
            model.setTenant(m_tenantId);
            // The store counts matches up to searchCountLimit ("more than 1,000").
            if (matches >= 0)
                QCOMPARE(model.totalCount(), qMin(matches, KeyTableModel::searchCountLimit));
        }
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            if (!KeyTableModel::sortFor(column))
                continue;
            const QString name =
                KeyTableModel(m_test->services().keys, *m_test->services().clock, {})
                    .headerData(column, Qt::Horizontal)
                    .toString();
            QTest::addRow("%s ascending", qPrintable(name)) << column << false;
            QTest::addRow("%s descending", qPrintable(name)) << column << true;
        }
    }
    void sort()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QBENCHMARK
        {
            KeyTableModel model = makeModel();
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            model.setTenant(m_tenantId);
            QCOMPARE(model.rowCount(), KeyTableModel::pageSize);
        }
    }

    // The end of the list, as an operator reaches it: Created, newest first.
    void theEndOfTheList()
    {
        QBENCHMARK
        {
            KeyTableModel model = makeModel();
            model.sort(KeyTableModel::CreatedColumn, Qt::DescendingOrder);
            model.setTenant(m_tenantId);
            QCOMPARE(model.keyAt(0)->name, QStringLiteral("bulk-%1").arg(keyCount - 1));
        }
    }

    // A page 100 pages in, as scrolling reads it (keyset: no OFFSET to walk).
    void aPageDeepInTheList()
    {
        KeyTableModel model = makeModel();
        model.sort(KeyTableModel::LabelColumn);
        model.setTenant(m_tenantId);
        for (int page = 0; page < 100; ++page)
            model.fetchMore({});
        QBENCHMARK
        {
            model.fetchMore({});
        }
    }
};

QTEST_GUILESS_MAIN(BenchKeyList)
#include "BenchKeyList.moc"
