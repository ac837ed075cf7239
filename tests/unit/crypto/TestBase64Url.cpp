// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"

#include <QTest>

using namespace keyward;

class TestBase64Url : public QObject {
    Q_OBJECT

private slots:
    void encode();
    void roundTrip();
    void rejectsNonCanonical_data();
    void rejectsNonCanonical();
};

void TestBase64Url::encode()
{
    QCOMPARE(Base64Url::encode(""), QByteArray());
    QCOMPARE(Base64Url::encode("f"), QByteArrayLiteral("Zg"));
    QCOMPARE(Base64Url::encode("fo"), QByteArrayLiteral("Zm8"));
    QCOMPARE(Base64Url::encode("foo"), QByteArrayLiteral("Zm9v"));
    QCOMPARE(Base64Url::encode(QByteArray::fromHex("fbff")), QByteArrayLiteral("-_8"));
}

void TestBase64Url::roundTrip()
{
    for (int length = 0; length < 70; ++length) {
        QByteArray bytes;
        for (int i = 0; i < length; ++i)
            bytes.append(static_cast<char>(i * 37 + 251));
        const auto decoded = Base64Url::decode(Base64Url::encode(bytes));
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
    }
}

void TestBase64Url::rejectsNonCanonical_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArrayLiteral("Zg==");
    QTest::newRow("one pad") << QByteArrayLiteral("Zm8=");
    QTest::newRow("trailing bits") << QByteArrayLiteral("Zh");
    QTest::newRow("lone char") << QByteArrayLiteral("Z");
    QTest::newRow("standard alphabet +") << QByteArrayLiteral("+_8");
    QTest::newRow("standard alphabet /") << QByteArrayLiteral("-/8");
    QTest::newRow("space") << QByteArrayLiteral("Zm 9v");
    QTest::newRow("newline") << QByteArrayLiteral("Zm9v\n");
    QTest::newRow("dot") << QByteArrayLiteral("Zm9v.");
    QTest::newRow("non-ascii") << QByteArrayLiteral("Zm9\xc3\xa9");
}

void TestBase64Url::rejectsNonCanonical()
{
    QFETCH(QByteArray, text);
    QVERIFY(!Base64Url::decode(text).has_value());
}

QTEST_APPLESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
