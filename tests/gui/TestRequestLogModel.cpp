// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace keyward;

class TestRequestLogModel : public QObject {
    Q_OBJECT
private:
    static RequestLogModel::Entry entry(int n, int status = 200)
    {
        return {QDateTime::currentDateTime(),
                QByteArrayLiteral("GET"),
                QStringLiteral("/r/%1").arg(n),
                status,
                n % 50,
                QStringLiteral("id-%1").arg(n)};
    }
    static QString path(const RequestLogModel &model, int row)
    {
        return model.index(row, RequestLogModel::PathColumn).data().toString();
    }

private slots:
    void keepsTheLastThousand()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.capacity(), 1000);
        for (int n = 0; n < 1500; ++n) {
            model.append(entry(n));
            if (n % 97 == 0)
                model.flush(); // batches of every size, as bursts arrive
        }
        model.flush();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.totalSeen(), 1500);
        QCOMPARE(path(model, 0), QStringLiteral("/r/500"));
        QCOMPARE(path(model, 999), QStringLiteral("/r/1499"));
    }

    void oneBurstBiggerThanTheRing()
    {
        RequestLogModel model(nullptr, 10);
        for (int n = 0; n < 25; ++n)
            model.append(entry(n));
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(path(model, 0), QStringLiteral("/r/15"));
        QCOMPARE(path(model, 9), QStringLiteral("/r/24"));
    }

    void appendsArriveOnTheNextTick()
    {
        RequestLogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(entry(1));
        model.append(entry(2, 404));
        model.append(entry(3, 503));
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1); // one batch
        QCOMPARE(model.index(1, RequestLogModel::StatusColumn).data().toInt(), 404);
        QCOMPARE(
            model.index(1, RequestLogModel::StatusColumn).data(ItemRoles::EmphasisRole).toInt(),
            int(ItemRoles::Emphasis::Warning));
        QCOMPARE(
            model.index(2, RequestLogModel::StatusColumn).data(ItemRoles::EmphasisRole).toInt(),
            int(ItemRoles::Emphasis::Critical));
        QCOMPARE(
            model.index(0, RequestLogModel::StatusColumn).data(ItemRoles::EmphasisRole).toInt(),
            int(ItemRoles::Emphasis::Normal));
        QCOMPARE(model.index(0, RequestLogModel::MethodColumn).data().toString(),
                 QStringLiteral("GET"));
        QCOMPARE(model.index(0, RequestLogModel::LatencyColumn).data().toString(),
                 QStringLiteral("1 ms"));
    }

    void clearEmpties()
    {
        RequestLogModel model;
        model.append(entry(1));
        model.flush();
        model.append(entry(2));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalSeen(), 0);
        QTest::qWait(150);
        QCOMPARE(model.rowCount(), 0); // nothing pending survived
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "TestRequestLogModel.moc"
