// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"
#include "crypto/JwtSigner.h"

#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <array>
#include <memory>
#include <optional>
#include <vector>

using namespace keyward;

Q_DECLARE_METATYPE(keyward::JwtAlgorithm)

namespace {

// An HS256 key with a fixed secret and the given kid.
std::optional<SigningKey> hs256Key(const QString &kid)
{
    return SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, kid, QByteArray(32, 's'));
}

} // namespace

class TestJwtSigner : public QObject {
    Q_OBJECT

private slots:
    void tokenLayout_data();
    void tokenLayout();
    void kidIsOmittedWhenEmpty();
    void anotherTypeHasItsOwnHeader();
    void threadsSignWithOneKeyAtOnce();
};

void TestJwtSigner::tokenLayout_data()
{
    QTest::addColumn<JwtAlgorithm>("algorithm");
    QTest::newRow("HS256") << JwtAlgorithm::HS256;
    QTest::newRow("ES256") << JwtAlgorithm::ES256;
    QTest::newRow("EdDSA") << JwtAlgorithm::EdDSA;
    QTest::newRow("RS256") << JwtAlgorithm::RS256;
}

void TestJwtSigner::tokenLayout()
{
    QFETCH(JwtAlgorithm, algorithm);
    const JwtSigner signer(SigningKey::generate(algorithm));
    QCOMPARE(signer.key().algorithm(), algorithm);

    const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("user:1")},
                             {QStringLiteral("exp"), 1700000000},
                             {QStringLiteral("scope"), QStringLiteral("read write")}};
    const QByteArray token = signer.sign(claims);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(parts.size(), 3);
    for (const char c : token)
        QVERIFY(c != '=' && c != '+' && c != '/');

    const QByteArray expectedHeader =
        QByteArrayLiteral("{\"alg\":\"") + jwtAlgorithmName(algorithm).toLatin1() +
        QByteArrayLiteral("\",\"kid\":\"") + signer.key().kid().toLatin1() +
        QByteArrayLiteral("\",\"typ\":\"JWT\"}");
    QCOMPARE(Base64Url::decode(parts[0]).value_or(QByteArray()), expectedHeader);
    QCOMPARE(Base64Url::decode(parts[1]).value_or(QByteArray()),
             QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const auto signature = Base64Url::decode(parts[2]);
    QVERIFY(signature.has_value());
    QVERIFY(signer.key().verify(parts[0] + '.' + parts[1], *signature));
}

void TestJwtSigner::kidIsOmittedWhenEmpty()
{
    const auto key = hs256Key(QString());
    QVERIFY(key.has_value());
    const QByteArray token = JwtSigner(*key).sign({{QStringLiteral("exp"), 1}});
    QCOMPARE(Base64Url::decode(token.split('.').at(0)).value_or(QByteArray()),
             QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
}

// The header of the default typ is encoded once; another typ gets its own,
// and asking for it leaves the default one as it was.
void TestJwtSigner::anotherTypeHasItsOwnHeader()
{
    const auto key = hs256Key(QStringLiteral("k1"));
    QVERIFY(key.has_value());
    const JwtSigner signer(*key);
    const auto headerOf = [](const QByteArray &token) {
        return Base64Url::decode(token.split('.').at(0)).value_or(QByteArray());
    };
    QCOMPARE(headerOf(signer.sign({}, QLatin1String("at+jwt"))),
             QByteArrayLiteral("{\"alg\":\"HS256\",\"kid\":\"k1\",\"typ\":\"at+jwt\"}"));
    QCOMPARE(headerOf(signer.sign({})),
             QByteArrayLiteral("{\"alg\":\"HS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}"));
}

// Every event loop signs with the one key of the ring: its keyed HMAC is
// shared, so signatures made at once on several threads must all be right.
void TestJwtSigner::threadsSignWithOneKeyAtOnce()
{
    const auto key = hs256Key(QStringLiteral("k1"));
    QVERIFY(key.has_value());
    const JwtSigner signer(*key);
    const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("key:1")}};
    const QByteArray expected = signer.sign(claims);
    QVERIFY(!expected.isEmpty());
    constexpr int threads = 4;
    std::array<int, threads> wrong{};
    std::vector<std::unique_ptr<QThread>> running;
    for (int index = 0; index < threads; ++index) {
        running.emplace_back(QThread::create([&, index] {
            for (int i = 0; i < 5000; ++i)
                wrong[std::size_t(index)] += signer.sign(claims) != expected;
        }));
        running.back()->start();
    }
    for (const auto &thread : running)
        QVERIFY(thread->wait(60000));
    QCOMPARE(wrong, (std::array<int, threads>{}));
}

QTEST_APPLESS_MAIN(TestJwtSigner)
#include "TestJwtSigner.moc"
