// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/RelativeTime.h"

#include <QTest>

using namespace keyward;

class TestRelativeTime : public QObject {
    Q_OBJECT
private slots:
    void describe_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        constexpr qint64 minute = 60, hour = 3600, day = 86400;
        QTest::newRow("moments ahead") << qint64(20) << QStringLiteral("in less than a minute");
        QTest::newRow("moments ago") << qint64(-20) << QStringLiteral("just now");
        QTest::newRow("this instant") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("one minute") << minute << QStringLiteral("in 1 minute");
        QTest::newRow("minutes ago") << -5 * minute << QStringLiteral("5 minutes ago");
        QTest::newRow("almost an hour") << 59 * minute + 50 << QStringLiteral("in 1 hour");
        QTest::newRow("hours") << 5 * hour << QStringLiteral("in 5 hours");
        QTest::newRow("a day") << day << QStringLiteral("in 1 day");
        // A key made with a 3-day lifetime a moment ago still reads 3 days.
        QTest::newRow("just under 3 days") << 3 * day - 30 << QStringLiteral("in 3 days");
        QTest::newRow("days ago") << -2 * day << QStringLiteral("2 days ago");
        QTest::newRow("90 days") << 90 * day << QStringLiteral("in 90 days");
        QTest::newRow("a year") << 365 * day << QStringLiteral("in 1 year");
        QTest::newRow("years ago") << -3 * 365 * day << QStringLiteral("3 years ago");
    }
    void describe()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RelativeTime::describe(now.addSecs(seconds), now), text);
    }
    void invalidIsEmpty()
    {
        QVERIFY(RelativeTime::describe({}, QDateTime::currentDateTimeUtc()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "TestRelativeTime.moc"
