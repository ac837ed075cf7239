// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"
#include "crypto/JwtSigner.h"

#include <QJsonDocument>
#include <QTest>

using namespace keyward;

Q_DECLARE_METATYPE(keyward::JwtAlgorithm)

class TestJwtSigner : public QObject {
    Q_OBJECT

private slots:
    void tokenLayout_data();
    void tokenLayout();
    void kidIsOmittedWhenEmpty();
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
    const auto key =
        SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, QString(), QByteArray(32, 's'));
    QVERIFY(key.has_value());
    const QByteArray token = JwtSigner(*key).sign({{QStringLiteral("exp"), 1}});
    QCOMPARE(Base64Url::decode(token.split('.').at(0)).value_or(QByteArray()),
             QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
}

QTEST_APPLESS_MAIN(TestJwtSigner)
#include "TestJwtSigner.moc"
