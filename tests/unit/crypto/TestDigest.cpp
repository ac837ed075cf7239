// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Digest.h"

#include <QTest>

using namespace keyward;

class TestDigest : public QObject {
    Q_OBJECT

private slots:
    void sha256KnownVectors_data();
    void sha256KnownVectors();
    void sha256RawMatchesHex();
    void equal();
    void randomBytes();
};

void TestDigest::sha256KnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // FIPS 180-2 examples.
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QByteArrayLiteral(
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray()
                           << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934c"
                                                "a495991b7852b855");
    QTest::newRow("448 bits")
        << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestDigest::sha256KnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(Digest::sha256Hex(input), expected);
}

void TestDigest::sha256RawMatchesHex()
{
    const QByteArray raw = Digest::sha256("abc");
    QCOMPARE(raw.size(), 32);
    QCOMPARE(raw.toHex(), Digest::sha256Hex("abc"));
}

void TestDigest::equal()
{
    QVERIFY(Digest::equal("abc", "abc"));
    QVERIFY(Digest::equal(QByteArrayView(), QByteArrayView("")));
    QVERIFY(!Digest::equal("abc", "abd"));
    QVERIFY(!Digest::equal("xbc", "abc"));
    // A shorter value must not match the prefix of a longer one, in either order.
    QVERIFY(!Digest::equal("abc", "abcd"));
    QVERIFY(!Digest::equal("abcd", "abc"));
    QVERIFY(!Digest::equal("", "a"));
    QVERIFY(!Digest::equal(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
}

void TestDigest::randomBytes()
{
    QVERIFY(Digest::randomBytes(0).isEmpty());
    const QByteArray a = Digest::randomBytes(32);
    const QByteArray b = Digest::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
}

QTEST_APPLESS_MAIN(TestDigest)
#include "TestDigest.moc"
