// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base62.h"

#include <QSet>
#include <QTest>

#include <array>

using namespace keyward;

class TestBase62 : public QObject {
    Q_OBJECT

private slots:
    void encodeFixedKnownValues_data();
    void encodeFixedKnownValues();
    void encodeFixedNeverTruncates();
    void randomStringLengthAndAlphabet();
    void randomStringIsUniform();
    void randomStringsDiffer();
    void isBase62();
};

void TestBase62::encodeFixedKnownValues_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << 0U << 6 << QByteArrayLiteral("000000");
    QTest::newRow("last digit") << 61U << 6 << QByteArrayLiteral("00000z");
    QTest::newRow("radix") << 62U << 6 << QByteArrayLiteral("000010");
    QTest::newRow("radix^2 - 1") << 3843U << 3 << QByteArrayLiteral("0zz");
    QTest::newRow("max") << 0xFFFFFFFFU << 6 << QByteArrayLiteral("4gfFC3");
    QTest::newRow("width 0") << 10U << 0 << QByteArrayLiteral("A");
}

void TestBase62::encodeFixedKnownValues()
{
    QFETCH(quint32, value);
    QFETCH(int, width);
    QFETCH(QByteArray, expected);
    QCOMPARE(Base62::encodeFixed(value, width), expected);
}

void TestBase62::encodeFixedNeverTruncates()
{
    QCOMPARE(Base62::encodeFixed(0xFFFFFFFFU, 2), QByteArrayLiteral("4gfFC3"));
    QCOMPARE(Base62::encodeFixed(7U, 10).size(), 10);
}

void TestBase62::randomStringLengthAndAlphabet()
{
    QVERIFY(Base62::randomString(0).isEmpty());
    QVERIFY(Base62::randomString(-3).isEmpty());
    for (const int length : {1, 36, 1000}) {
        const QByteArray s = Base62::randomString(length);
        QCOMPARE(s.size(), length);
        QVERIFY(Base62::isBase62(s));
    }
}

// Chi-square over 62 buckets (61 degrees of freedom). The 99.9999% quantile is about 125; the
// `byte % 62` bias this guards against scores in the hundreds at this sample size.
void TestBase62::randomStringIsUniform()
{
    constexpr int PerBucket = 2000;
    const QByteArray sample = Base62::randomString(Base62::Radix * PerBucket);
    std::array<int, 128> counts{};
    for (const char c : sample)
        ++counts[static_cast<unsigned char>(c)];

    double chiSquare = 0;
    for (int i = 0; i < Base62::Radix; ++i) {
        const int observed = counts[static_cast<unsigned char>(Base62::Alphabet[i])];
        QVERIFY2(observed > 0, Base62::Alphabet + i);
        const double delta = observed - PerBucket;
        chiSquare += delta * delta / PerBucket;
    }
    QVERIFY2(chiSquare < 125.0, QByteArray::number(chiSquare).constData());
}

void TestBase62::randomStringsDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(Base62::randomString(12));
    QCOMPARE(seen.size(), 1000);
}

void TestBase62::isBase62()
{
    QVERIFY(Base62::isBase62(QByteArrayView(Base62::Alphabet, Base62::Radix)));
    QVERIFY(Base62::isBase62(""));
    for (const char c : QByteArrayLiteral("_-+/= .\0\xff"))
        QVERIFY(!Base62::isBase62(QByteArrayView(&c, 1)));
}

QTEST_APPLESS_MAIN(TestBase62)
#include "TestBase62.moc"
