// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "network/SubnetAllowList.h"

#include <QTest>

using namespace keyward;

class TestSubnetAllowList : public QObject {
    Q_OBJECT
private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("networks");
        QTest::addColumn<QString>("client");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("empty list allows all")
            << QString() << QStringLiteral("203.0.113.9") << true;
        QTest::newRow("exact v4") << QStringLiteral("192.168.1.100")
                                  << QStringLiteral("192.168.1.100") << true;
        QTest::newRow("other v4") << QStringLiteral("192.168.1.100")
                                  << QStringLiteral("192.168.1.101") << false;
        QTest::newRow("v4 cidr in")
            << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.200.3.4") << true;
        QTest::newRow("v4 cidr out")
            << QStringLiteral("10.0.0.0/8") << QStringLiteral("11.0.0.1") << false;
        QTest::newRow("whitespace around entries")
            << QStringLiteral("  172.16.0.0/12 ,\t192.0.2.1 ") << QStringLiteral("192.0.2.1")
            << true;
        QTest::newRow("exact v6") << QStringLiteral("2001:db8::1")
                                  << QStringLiteral("2001:db8:0:0::1") << true;
        QTest::newRow("v6 cidr in")
            << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8:ffff::7") << true;
        QTest::newRow("v6 cidr out")
            << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db9::7") << false;
        QTest::newRow("mapped v4 client")
            << QStringLiteral("127.0.0.0/8") << QStringLiteral("::ffff:127.0.0.1") << true;
        QTest::newRow("v4 entry, v6 client")
            << QStringLiteral("127.0.0.1") << QStringLiteral("::1") << false;
        QTest::newRow("garbage client")
            << QStringLiteral("127.0.0.1") << QStringLiteral("not-an-ip") << false;
    }
    void matching()
    {
        QFETCH(QString, networks);
        QFETCH(QString, client);
        QFETCH(bool, allowed);
        QCOMPARE(SubnetAllowList().allows(networks, client), allowed);
    }
    void validation()
    {
        const SubnetAllowList list;
        QCOMPARE(list.invalidEntry(QStringLiteral("10.0.0.0/8, ::1, 192.168.1.1")), std::nullopt);
        QCOMPARE(list.invalidEntry(QStringLiteral("10.0.0.0/8, 300.1.1.1")),
                 QStringLiteral("300.1.1.1"));
        QCOMPARE(list.invalidEntry(QStringLiteral("10.0.0.0/33")), QStringLiteral("10.0.0.0/33"));
        QCOMPARE(list.invalidEntry(QStringLiteral("example.com")), QStringLiteral("example.com"));
        QCOMPARE(list.invalidEntry(QStringLiteral("10.1")), QStringLiteral("10.1"));
        QCOMPARE(list.invalidEntry(QStringLiteral("10.1/8")), QStringLiteral("10.1/8"));
        QCOMPARE(list.normalized(QStringLiteral(" 10.0.0.0/8 ,, ::1 ")),
                 QStringLiteral("10.0.0.0/8,::1"));
    }
};

QTEST_GUILESS_MAIN(TestSubnetAllowList)
#include "TestSubnetAllowList.moc"
