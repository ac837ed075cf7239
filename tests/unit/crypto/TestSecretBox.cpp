// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Digest.h"
#include "crypto/SecretBox.h"

#include <QTest>

using namespace keyward;

class TestSecretBox : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void nonceIsFreshEachSeal();
    void knownAnswer();
    void tamperingAnyByteFails();
    void truncationFails();
    void wrongAssociatedDataFails();
    void wrongKeyFails();
};

void TestSecretBox::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("associatedData");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte") << QByteArrayLiteral("x") << QByteArray();
    QTest::newRow("with aad") << QByteArrayLiteral("signing key bytes")
                              << QByteArrayLiteral("kid-1");
    QTest::newRow("large") << Digest::randomBytes(100000) << QByteArrayLiteral("k");
}

void TestSecretBox::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, associatedData);
    const SecretBox box(Digest::randomBytes(32));
    const QByteArray sealed = box.seal(plaintext, associatedData);
    QCOMPARE(sealed.size(), plaintext.size() + SecretBox::Overhead);
    if (plaintext.size() >= 8)
        QVERIFY(!sealed.contains(plaintext));
    const auto opened = box.open(sealed, associatedData);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, plaintext);
}

void TestSecretBox::nonceIsFreshEachSeal()
{
    const SecretBox box(Digest::randomBytes(32));
    const QByteArray a = box.seal("same");
    const QByteArray b = box.seal("same");
    QVERIFY(a != b);
    QVERIFY(a.first(12) != b.first(12));
}

// McGrew & Viega GCM test cases 13 and 14 (AES-256, zero key and IV), laid out as
// nonce || ciphertext || tag: pins the wire format, not just self-consistency.
void TestSecretBox::knownAnswer()
{
    const SecretBox box(QByteArray(32, '\0'));
    const QByteArray nonce(12, '\0');
    const auto empty = box.open(nonce + QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b"));
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());

    const auto block = box.open(nonce + QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18"
                                                            "d0d1c8a799996bf0265b98b5d48ab919"));
    QVERIFY(block.has_value());
    QCOMPARE(*block, QByteArray(16, '\0'));
}

void TestSecretBox::tamperingAnyByteFails()
{
    const SecretBox box(Digest::randomBytes(32));
    const QByteArray sealed = box.seal("attack at dawn, bring snacks", "aad");
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        for (const int mask : {0x01, 0x80, 0xFF}) {
            QByteArray tampered = sealed;
            tampered[i] = static_cast<char>(tampered[i] ^ mask);
            QVERIFY2(!box.open(tampered, "aad").has_value(), qPrintable(QString::number(i)));
        }
    }
}

void TestSecretBox::truncationFails()
{
    const SecretBox box(Digest::randomBytes(32));
    const QByteArray sealed = box.seal("some plaintext");
    for (qsizetype length = 0; length < sealed.size(); ++length)
        QVERIFY(!box.open(sealed.first(length)).has_value());
    QVERIFY(!box.open(sealed + '\0').has_value());
}

void TestSecretBox::wrongAssociatedDataFails()
{
    const SecretBox box(Digest::randomBytes(32));
    const QByteArray sealed = box.seal("payload", "tenant:1");
    QVERIFY(box.open(sealed, "tenant:1").has_value());
    QVERIFY(!box.open(sealed, "tenant:2").has_value());
    QVERIFY(!box.open(sealed).has_value());
    QVERIFY(!box.open(box.seal("payload"), "tenant:1").has_value());
}

void TestSecretBox::wrongKeyFails()
{
    const QByteArray key = Digest::randomBytes(32);
    QByteArray otherKey = key;
    otherKey[31] = static_cast<char>(otherKey[31] ^ 1);
    const QByteArray sealed = SecretBox(key).seal("payload");
    QVERIFY(SecretBox(key).open(sealed).has_value());
    QVERIFY(!SecretBox(otherKey).open(sealed).has_value());
    QVERIFY(!SecretBox(Digest::randomBytes(32)).open(sealed).has_value());
}

QTEST_APPLESS_MAIN(TestSecretBox)
#include "TestSecretBox.moc"
