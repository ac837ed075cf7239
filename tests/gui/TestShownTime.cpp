// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// One format for moments across the console: the locale's short form in local
// time, ISO 8601 with the UTC offset in tooltips.
#include "itemmodels/ShownTime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace keyward;

class TestShownTime : public QObject {
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void theLocaleDecidesTheFormat()
    {
        const QDateTime moment(QDate(2026, 12, 5), QTime(9, 7, 30), Qt::UTC);
        const QDateTime local = moment.toLocalTime();
        QCOMPARE(ShownTime::of(moment),
                 QLocale(QLocale::German, QLocale::Germany).toString(local, QLocale::ShortFormat));
        QCOMPARE(ShownTime::dateOf(moment), local.date().toString(QStringLiteral("dd.MM.yy")));
    }

    void tooltipsAreIsoWithTheOffset()
    {
        const QDateTime moment(QDate(2026, 12, 5), QTime(9, 7, 30), Qt::UTC);
        const QString iso = ShownTime::iso(moment);
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^2026-12-0\dT\d\d:07:30([+-]\d\d:\d\d|Z)$)"))
                     .match(iso)
                     .hasMatch(),
                 qPrintable(iso));
        QCOMPARE(QDateTime::fromString(iso, Qt::ISODate), moment); // the same instant
        QCOMPARE(ShownTime::inFull(moment), ShownTime::of(moment) + u'\n' + iso);
    }

    void nothingForNoTime()
    {
        QVERIFY(ShownTime::of({}).isEmpty());
        QVERIFY(ShownTime::dateOf({}).isEmpty());
        QVERIFY(ShownTime::iso({}).isEmpty());
        QVERIFY(ShownTime::inFull({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShownTime)
#include "TestShownTime.moc"
