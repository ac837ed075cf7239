// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base62.h"
#include "crypto/Crc32.h"
#include "crypto/KeyFormat.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace keyward;

Q_DECLARE_METATYPE(keyward::KeyKind)

namespace {

// A key of `prefix` + `body` with a correct checksum, to prove that checks other than the
// checksum reject it.
QByteArray withValidChecksum(const QByteArray &prefix, const QByteArray &body)
{
    const QByteArray checked = prefix + body;
    return checked + Base62::encodeFixed(crc32(checked), KeyFormat::ChecksumLength);
}

} // namespace

class TestKeyFormat : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void shape();
    void entropy();
    void everySingleSubstitutionIsRejected_data();
    void everySingleSubstitutionIsRejected();
    void adjacentTranspositionsAreRejected();
    void truncationAndExtensionAreRejected();
    void wrongPrefix();
    void nonBase62BodyWithValidChecksum();
    void clientKeys_data();
    void clientKeys();
    void displayPrefixAndMask();
};

void TestKeyFormat::roundTrip_data()
{
    QTest::addColumn<KeyKind>("kind");
    QTest::newRow("tenant") << KeyKind::Tenant;
    QTest::newRow("secret") << KeyKind::Secret;
    QTest::newRow("client") << KeyKind::Client;
}

void TestKeyFormat::roundTrip()
{
    QFETCH(KeyKind, kind);
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray key = KeyFormat::generate(kind);
        QCOMPARE(KeyFormat::classify(key), std::optional(kind));
        seen.insert(key);
    }
    QCOMPARE(seen.size(), 200);
}

void TestKeyFormat::shape()
{
    const QByteArray tenant = KeyFormat::generate(KeyKind::Tenant);
    const QByteArray secret = KeyFormat::generate(KeyKind::Secret);
    QCOMPARE(tenant.size(), 45);
    QCOMPARE(secret.size(), 45);
    QVERIFY(tenant.startsWith("ak_"));
    QVERIFY(secret.startsWith("sk_"));
    QVERIFY(Base62::isBase62(secret.sliced(3)));
    QCOMPARE(secret.last(6), Base62::encodeFixed(crc32(secret.first(39)), 6));

    const QByteArray client = KeyFormat::generate(KeyKind::Client);
    QCOMPARE(client.size(), 36);
    QCOMPARE(client, client.toLower());
    QCOMPARE(client[14], '4');
}

void TestKeyFormat::entropy()
{
    QCOMPARE(KeyFormat::BodyLength, 36);
    QVERIFY(KeyFormat::BodyLength * std::log2(62.0) >= 190.0);
    // The body really varies at every position (not a fixed or counter-like filler).
    QList<QSet<char>> perPosition(KeyFormat::BodyLength);
    for (int i = 0; i < 300; ++i) {
        const QByteArray body = KeyFormat::generate(KeyKind::Secret).sliced(3, 36);
        for (int p = 0; p < body.size(); ++p)
            perPosition[p].insert(body[p]);
    }
    for (const QSet<char> &chars : perPosition)
        QVERIFY(chars.size() > 40);
}

void TestKeyFormat::everySingleSubstitutionIsRejected_data()
{
    QTest::addColumn<KeyKind>("kind");
    QTest::newRow("tenant") << KeyKind::Tenant;
    QTest::newRow("secret") << KeyKind::Secret;
}

void TestKeyFormat::everySingleSubstitutionIsRejected()
{
    QFETCH(KeyKind, kind);
    for (int round = 0; round < 20; ++round) {
        const QByteArray key = KeyFormat::generate(kind);
        for (qsizetype i = 0; i < key.size(); ++i) {
            for (int byte = 0; byte < 256; ++byte) {
                if (static_cast<char>(byte) == key[i])
                    continue;
                QByteArray mutated = key;
                mutated[i] = static_cast<char>(byte);
                if (KeyFormat::classify(mutated).has_value())
                    QFAIL(qPrintable(QStringLiteral("accepted %1 (from %2)")
                                         .arg(QString::fromLatin1(mutated.toPercentEncoding()),
                                              QString::fromLatin1(key))));
            }
        }
    }
}

void TestKeyFormat::adjacentTranspositionsAreRejected()
{
    for (int round = 0; round < 50; ++round) {
        const QByteArray key = KeyFormat::generate(KeyKind::Secret);
        for (qsizetype i = 0; i + 1 < key.size(); ++i) {
            if (key[i] == key[i + 1])
                continue;
            QByteArray swapped = key;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!KeyFormat::classify(swapped).has_value(), swapped.constData());
        }
    }
}

void TestKeyFormat::truncationAndExtensionAreRejected()
{
    const QByteArray key = KeyFormat::generate(KeyKind::Tenant);
    for (qsizetype length = 0; length < key.size(); ++length) {
        QVERIFY(!KeyFormat::classify(key.first(length)).has_value());
        QVERIFY(!KeyFormat::classify(key.sliced(key.size() - length)).has_value());
    }
    QVERIFY(!KeyFormat::classify(key + 'A').has_value());
    QVERIFY(!KeyFormat::classify('A' + key).has_value());
    QVERIFY(!KeyFormat::classify(key + '\n').has_value());
    QVERIFY(!KeyFormat::classify(' ' + key).has_value());
}

void TestKeyFormat::wrongPrefix()
{
    const QByteArray body = Base62::randomString(36);
    QVERIFY(KeyFormat::classify(withValidChecksum("sk_", body)).has_value());
    for (const QByteArray &prefix :
         {QByteArrayLiteral("xk_"), QByteArrayLiteral("AK_"), QByteArrayLiteral("SK_"),
          QByteArrayLiteral("sk-"), QByteArrayLiteral("pk_"), QByteArrayLiteral("ak0")})
        QVERIFY2(!KeyFormat::classify(withValidChecksum(prefix, body)).has_value(),
                 prefix.constData());
    // Swapping the prefix of a real key: the checksum covers the prefix too.
    QByteArray tenant = KeyFormat::generate(KeyKind::Tenant);
    tenant[0] = 's';
    QVERIFY(!KeyFormat::classify(tenant).has_value());
}

void TestKeyFormat::nonBase62BodyWithValidChecksum()
{
    QByteArray body = Base62::randomString(36);
    for (const char c : QByteArrayLiteral("-_+/=. ")) {
        body[10] = c;
        QVERIFY(!KeyFormat::classify(withValidChecksum("sk_", body)).has_value());
    }
}

void TestKeyFormat::clientKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("v4") << QByteArrayLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
    QTest::newRow("v4 variant b") << QByteArrayLiteral("0f8fad5b-d9cb-469f-b165-70867728950e")
                                  << true;
    QTest::newRow("upper case") << QByteArrayLiteral("0F8FAD5B-D9CB-469F-A165-70867728950E")
                                << false;
    QTest::newRow("braces") << QByteArrayLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}") << false;
    QTest::newRow("no dashes") << QByteArrayLiteral("0f8fad5bd9cb469fa16570867728950e") << false;
    QTest::newRow("version 1") << QByteArrayLiteral("0f8fad5b-d9cb-169f-a165-70867728950e")
                               << false;
    QTest::newRow("bad variant") << QByteArrayLiteral("0f8fad5b-d9cb-469f-c165-70867728950e")
                                 << false;
    QTest::newRow("non hex") << QByteArrayLiteral("0f8fad5b-d9cb-469f-a165-70867728950g") << false;
    QTest::newRow("dash moved") << QByteArrayLiteral("0f8fad5bd-9cb-469f-a165-70867728950e")
                                << false;
    QTest::newRow("truncated") << QByteArrayLiteral("0f8fad5b-d9cb-469f-a165-70867728950") << false;
    QTest::newRow("nil") << QByteArrayLiteral("00000000-0000-0000-0000-000000000000") << false;
}

void TestKeyFormat::clientKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QCOMPARE(KeyFormat::classify(key) == std::optional(KeyKind::Client), valid);
    QCOMPARE(KeyFormat::classify(key).has_value(), valid);
}

void TestKeyFormat::displayPrefixAndMask()
{
    const QByteArray secret = KeyFormat::generate(KeyKind::Secret);
    const QByteArray prefix = KeyFormat::displayPrefix(secret);
    QCOMPARE(prefix, secret.first(9));
    QVERIFY(prefix.startsWith("sk_"));
    QCOMPARE(KeyFormat::displayPrefix(KeyFormat::generate(KeyKind::Tenant)).size(), 9);

    const QByteArray client = KeyFormat::generate(KeyKind::Client);
    QCOMPARE(KeyFormat::displayPrefix(client), client.first(8));

    QCOMPARE(KeyFormat::displayPrefix("sk_notAKey"), QByteArray());
    QCOMPARE(KeyFormat::displayPrefix(""), QByteArray());

    QCOMPARE(KeyFormat::masked("sk_Ab12Cd"), QByteArrayLiteral("sk_Ab12Cd****************"));
    QCOMPARE(KeyFormat::masked(prefix), prefix + QByteArray(16, '*'));
    QVERIFY(!KeyFormat::masked(prefix).contains(secret.sliced(9, 6)));
}

QTEST_APPLESS_MAIN(TestKeyFormat)
#include "TestKeyFormat.moc"
