// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Jwks.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace keyward;

class TestJwks : public QObject {
    Q_OBJECT

private slots:
    void publishesAsymmetricKeysOnly();
    void emptySet();
};

void TestJwks::publishesAsymmetricKeysOnly()
{
    const QList<SigningKey> keys = {
        SigningKey::generate(JwtAlgorithm::HS256), SigningKey::generate(JwtAlgorithm::ES256),
        SigningKey::generate(JwtAlgorithm::EdDSA), SigningKey::generate(JwtAlgorithm::RS256),
        SigningKey::generate(JwtAlgorithm::ES256)};
    const QJsonObject jwks = Jwks::publish(keys);
    QCOMPARE(jwks.keys(), QStringList{QStringLiteral("keys")});
    const QJsonArray published = jwks.value(QLatin1String("keys")).toArray();
    QCOMPARE(published.size(), 4);

    QStringList kids;
    QStringList types;
    for (const QJsonValue &value : published) {
        const QJsonObject jwk = value.toObject();
        kids.append(jwk.value(QLatin1String("kid")).toString());
        types.append(jwk.value(QLatin1String("kty")).toString());
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        for (const char *secret : {"d", "p", "q", "dp", "dq", "qi", "k"})
            QVERIFY2(!jwk.contains(QLatin1String(secret)), secret);
    }
    QCOMPARE(types, (QStringList{QStringLiteral("EC"), QStringLiteral("OKP"), QStringLiteral("RSA"),
                                 QStringLiteral("EC")}));
    QCOMPARE(kids, (QStringList{keys[1].kid(), keys[2].kid(), keys[3].kid(), keys[4].kid()}));
    QVERIFY(!kids.contains(keys[0].kid()));
    QCOMPARE(published.at(1).toObject(), keys[2].publicJwk());
}

void TestJwks::emptySet()
{
    const QJsonObject jwks = Jwks::publish({SigningKey::generate(JwtAlgorithm::HS256)});
    QVERIFY(jwks.value(QLatin1String("keys")).isArray());
    QVERIFY(jwks.value(QLatin1String("keys")).toArray().isEmpty());
    QCOMPARE(Jwks::publish({}).value(QLatin1String("keys")).toArray().size(), 0);
}

QTEST_APPLESS_MAIN(TestJwks)
#include "TestJwks.moc"
