// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SearchField.h"

#include <QTest>

using namespace keyward;

// What the count beside a search box says, in each case a list can be in.
class TestSearchField : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void countSaysWhatIsListedAndLoaded_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("moreThanTotal");
        QTest::addColumn<qint64>("loaded");
        QTest::addColumn<bool>("searching");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << qint64(1) << false << qint64(1) << false << "1 key";
        QTest::newRow("all loaded") << qint64(12) << false << qint64(12) << false << "12 keys";
        QTest::newRow("paged") << qint64(1234) << false << qint64(200) << false
                               << "1,234 keys, 200 loaded";
        QTest::newRow("no match") << qint64(0) << false << qint64(0) << true << "No match";
        QTest::newRow("one match") << qint64(1) << false << qint64(1) << true << "1 key matches";
        QTest::newRow("matches") << qint64(3) << false << qint64(3) << true << "3 keys match";
        QTest::newRow("counting stopped") << qint64(1000) << true << qint64(200) << true
                                          << "More than 1,000 keys match, 200 loaded";
        QTest::newRow("scrolled past the count")
            << qint64(1400) << true << qint64(1400) << true << "More than 1,400 keys match";
    }
    void countSaysWhatIsListedAndLoaded()
    {
        QFETCH(qint64, total);
        QFETCH(bool, moreThanTotal);
        QFETCH(qint64, loaded);
        QFETCH(bool, searching);
        QFETCH(QString, text);
        QCOMPARE(SearchField::countText(total, moreThanTotal, loaded, searching,
                                        QStringLiteral("key"), QStringLiteral("keys")),
                 text);
    }
};

QTEST_MAIN(TestSearchField)
#include "TestSearchField.moc"
