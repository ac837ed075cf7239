// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Crc32.h"

#include <QTest>

using namespace keyward;

class TestCrc32 : public QObject {
    Q_OBJECT

private slots:
    void knownValues_data();
    void knownValues();
    void singleBitFlipsChangeTheChecksum();
};

void TestCrc32::knownValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<quint32>("expected");
    // zlib.crc32() values.
    QTest::newRow("check value") << QByteArrayLiteral("123456789") << 0xCBF43926U;
    QTest::newRow("empty") << QByteArray() << 0U;
    QTest::newRow("a") << QByteArrayLiteral("a") << 0xE8B7BE43U;
    QTest::newRow("fox") << QByteArrayLiteral("The quick brown fox jumps over the lazy dog")
                         << 0x414FA339U;
}

void TestCrc32::knownValues()
{
    QFETCH(QByteArray, input);
    QFETCH(quint32, expected);
    QCOMPARE(crc32(input), expected);
}

void TestCrc32::singleBitFlipsChangeTheChecksum()
{
    const QByteArray input = QByteArrayLiteral("sk_0123456789abcdefghijABCDEFGHIJ0123456789");
    const quint32 original = crc32(input);
    for (qsizetype i = 0; i < input.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray mutated = input;
            mutated[i] = static_cast<char>(mutated[i] ^ (1 << bit));
            QVERIFY(crc32(mutated) != original);
        }
    }
}

QTEST_APPLESS_MAIN(TestCrc32)
#include "TestCrc32.moc"
