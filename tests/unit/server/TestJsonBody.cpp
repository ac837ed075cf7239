// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "JsonBody.h"

#include <QTest>

using namespace keyward;

class TestJsonBody : public QObject {
    Q_OBJECT
private slots:
    void readsTypedFields()
    {
        auto body = JsonBody::parse(R"({"name":"k","lifetime":3600,"permissions":["read"],"on":true,
                                       "expiresAt":"2030-01-02T03:04:05+01:00"})");
        QVERIFY(body);
        QCOMPARE(body->string(QStringLiteral("name"), true), QStringLiteral("k"));
        QCOMPARE(body->integer(QStringLiteral("lifetime")), 3600);
        QCOMPARE(body->stringList(QStringLiteral("permissions")),
                 QStringList{QStringLiteral("read")});
        QCOMPARE(body->boolean(QStringLiteral("on")), true);
        QCOMPARE(body->dateTime(QStringLiteral("expiresAt")),
                 QDateTime(QDate(2030, 1, 2), QTime(2, 4, 5), Qt::UTC));
        QCOMPARE(body->integer(QStringLiteral("absent")), std::nullopt);
        QVERIFY(body->ok());
    }
    void namesTheFirstBadField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing") << QByteArray("{}")
                                 << QStringLiteral("The name field is required");
        QTest::newRow("number as name")
            << QByteArray(R"({"name":5})") << QStringLiteral("The name field must be a string");
        QTest::newRow("fraction") << QByteArray(R"({"name":"k","lifetime":1.5})")
                                  << QStringLiteral("The lifetime field must be an integer");
        QTest::newRow("string number") << QByteArray(R"({"name":"k","lifetime":"60"})")
                                       << QStringLiteral("The lifetime field must be an integer");
        QTest::newRow("huge") << QByteArray(R"({"name":"k","lifetime":1e300})")
                              << QStringLiteral("The lifetime field must be an integer");
        QTest::newRow("list of numbers")
            << QByteArray(R"({"name":"k","permissions":[1]})")
            << QStringLiteral("The permissions field must be an array of strings");
        QTest::newRow("local time")
            << QByteArray(R"({"name":"k","expiresAt":"2030-01-02T03:04:05"})")
            << QStringLiteral("The expiresAt field must be an ISO 8601 time with Z or an offset");
    }
    void namesTheFirstBadField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto body = JsonBody::parse(json);
        QVERIFY(body);
        body->string(QStringLiteral("name"), true);
        body->integer(QStringLiteral("lifetime"));
        body->stringList(QStringLiteral("permissions"));
        body->dateTime(QStringLiteral("expiresAt"));
        QVERIFY(!body->ok());
        QCOMPARE(body->error(), error);
    }
    void refusesWhatIsNotAnObject()
    {
        QVERIFY(!JsonBody::parse("[1,2]"));
        QVERIFY(!JsonBody::parse("{\"a\":"));
        QVERIFY(!JsonBody::parse(""));
        QVERIFY(JsonBody::parse("", true));
    }
};

QTEST_GUILESS_MAIN(TestJsonBody)
#include "TestJsonBody.moc"
