// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// TokenService: what each kind of JWT says (access tokens of users and keys,
// a v1 key's own JWT, a service id), how long each lives, and that the
// verifier refuses them once expired.
#include "JwtHeader.h"
#include "TestServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace keyward;

class TestTokenService : public QObject {
    Q_OBJECT
private:
    static NewKey keyNamed(const QString &name, const QStringList &permissions)
    {
        NewKey key;
        key.name = name;
        key.permissions = permissions;
        return key;
    }

private slots:
    void aUsersAccessTokenNamesTheUserAndRole()
    {
        TestServices test;
        const User user = test.createUser(1, QStringLiteral("ops@example.com"), Role::Admin);
        const QByteArray token = test.services().tokens.issueForUser(user);
        const auto claims = test.services().tokens.verify(token);
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("sub")).toString(),
                 QStringLiteral("user:%1").arg(user.id));
        QCOMPARE(claims->value(QStringLiteral("tid")).toInteger(), 1);
        QCOMPARE(claims->value(QStringLiteral("role")).toString(), QStringLiteral("Admin"));
        QCOMPARE(claims->value(QStringLiteral("scope")).toString(), QString());
        QCOMPARE(claims->value(QStringLiteral("aud")).toString(), QStringLiteral("keyward"));
        QCOMPARE(claims->value(QStringLiteral("exp")).toInteger() -
                     claims->value(QStringLiteral("iat")).toInteger(),
                 3600);
        QCOMPARE(jwtHeader(token).value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    }

    void aKeysTokenCarriesWhatItMayGrantAndNoMoreThanAsked()
    {
        TestServices test;
        const IssuedKey issued = test.createKey(
            1, keyNamed(QStringLiteral("k"), {QStringLiteral("token:generate"),
                                              QStringLiteral("read"), QStringLiteral("write")}));
        QCOMPARE(TokenService::grantableScope(issued.key),
                 (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        auto claims = test.services().tokens.verify(test.services().tokens.issueForKey(issued.key));
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("sub")).toString(),
                 QStringLiteral("key:%1").arg(issued.key.id));
        QCOMPARE(claims->value(QStringLiteral("scope")).toString(), QStringLiteral("read write"));
        claims = test.services().tokens.verify(
            test.services().tokens.issueForKey(issued.key, QStringList{QStringLiteral("read")}));
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("scope")).toString(), QStringLiteral("read"));
    }

    void aKeysTokenSaysEachClaimOnceInValidJson()
    {
        TestServices test;
        const IssuedKey issued =
            test.createKey(1, keyNamed(QStringLiteral("k"),
                                       {QStringLiteral("token:generate"), QStringLiteral("read")}));
        const QByteArray token = test.services().tokens.issueForKey(issued.key);
        const QByteArray payload = QByteArray::fromBase64(
            token.split('.').value(1),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QJsonParseError error;
        const QJsonObject claims = QJsonDocument::fromJson(payload, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(
            claims.keys(),
            (QStringList{QStringLiteral("aud"), QStringLiteral("exp"), QStringLiteral("iat"),
                         QStringLiteral("iss"), QStringLiteral("jti"), QStringLiteral("nbf"),
                         QStringLiteral("scope"), QStringLiteral("sub"), QStringLiteral("tid")}));
        for (const QString &name : claims.keys()) // no claim said twice
            QCOMPARE(payload.count('"' + name.toLatin1() + "\":"), 1);
        QVERIFY(claims.value(QStringLiteral("tid")).isDouble());
        QCOMPARE(claims.value(QStringLiteral("tid")).toInteger(), 1);
        const qint64 issuedAt = claims.value(QStringLiteral("iat")).toInteger();
        QCOMPARE(issuedAt, test.clock().now().toSecsSinceEpoch());
        QCOMPARE(claims.value(QStringLiteral("nbf")).toInteger(), issuedAt);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), issuedAt + 3600);
        QCOMPARE(QUuid::fromString(claims.value(QStringLiteral("jti")).toString()).version(),
                 QUuid::Random);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("keyward"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("keyward"));
    }

    void aKeysTokensDifferInTheirTimesAndIdOnly()
    {
        TestServices test;
        const IssuedKey issued =
            test.createKey(1, keyNamed(QStringLiteral("k"),
                                       {QStringLiteral("token:generate"), QStringLiteral("read")}));
        QJsonObject first = jwtClaims(test.services().tokens.issueForKey(issued.key));
        test.clock().advance(5);
        QJsonObject second = jwtClaims(test.services().tokens.issueForKey(issued.key));
        for (const QString &time :
             {QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("exp")})
            QCOMPARE(second.take(time).toInteger(), first.take(time).toInteger() + 5);
        QVERIFY(second.take(QStringLiteral("jti")) != first.take(QStringLiteral("jti")));
        QCOMPARE(second, first);
    }

    void aKeysTokenFollowsWhatTheKeyIsNow()
    {
        // The claims a key's tokens share are kept between tokens: a key
        // whose permissions or tenant differ must never get the old ones.
        TestServices test;
        ApiKey key =
            test.createKey(1, keyNamed(QStringLiteral("k"),
                                       {QStringLiteral("token:generate"), QStringLiteral("read")}))
                .key;
        QCOMPARE(jwtClaims(test.services().tokens.issueForKey(key))
                     .value(QStringLiteral("scope"))
                     .toString(),
                 QStringLiteral("read"));
        key.permissions = {QStringLiteral("token:generate"), QStringLiteral("write")};
        QCOMPARE(jwtClaims(test.services().tokens.issueForKey(key))
                     .value(QStringLiteral("scope"))
                     .toString(),
                 QStringLiteral("write"));
        key.tenantId = 2;
        QCOMPARE(jwtClaims(test.services().tokens.issueForKey(key))
                     .value(QStringLiteral("tid"))
                     .toInteger(),
                 2);
    }

    void claimsThatNeedEscapingStayValidJson()
    {
        TestServices test;
        TokenService::Settings settings;
        settings.issuer = QStringLiteral("https://id.example/\"quoted\"\\ \u00e9\u0001");
        settings.audience = QStringLiteral("aud\twith a tab");
        const TokenService tokens(test.services().signingKeyRing, test.clock(), settings);
        ApiKey key =
            test.createKey(1, keyNamed(QStringLiteral("k"), {QStringLiteral("token:generate")}))
                .key;
        key.permissions.append(QStringLiteral("odd\"scope}"));
        const auto claims = tokens.verify(tokens.issueForKey(key));
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("iss")).toString(), settings.issuer);
        QCOMPARE(claims->value(QStringLiteral("aud")).toString(), settings.audience);
        QCOMPARE(claims->value(QStringLiteral("scope")).toString(), QStringLiteral("odd\"scope}"));
    }

    void aKeysTokenNeverOutlivesTheKey()
    {
        TestServices test;
        NewKey brief = keyNamed(QStringLiteral("brief"), {QStringLiteral("token:generate")});
        brief.lifetimeSeconds = 600;
        const IssuedKey issued = test.createKey(1, brief);
        QCOMPARE(test.services().tokens.keyTokenSeconds(issued.key), 600);
        test.clock().advance(590);
        QCOMPARE(test.services().tokens.keyTokenSeconds(issued.key), 10);
        const auto claims =
            test.services().tokens.verify(test.services().tokens.issueForKey(issued.key));
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("exp")).toInteger(),
                 issued.key.expiresAt.toSecsSinceEpoch());
    }

    void aV1KeysJwtIsNoAccessToken()
    {
        TestServices test;
        NewKey request = keyNamed(QStringLiteral("v1"), {QStringLiteral("read")});
        request.kind = ApiKeyKind::Jwt;
        const IssuedKey issued = test.createKey(1, request);
        QCOMPARE(jwtHeader(issued.secret).value(QStringLiteral("typ")).toString(),
                 QString(TokenService::keyJwtType));
        const QJsonObject claims = jwtClaims(issued.secret);
        QVERIFY(!claims.contains(QStringLiteral("aud")));
        QCOMPARE(claims.value(QStringLiteral("jti")).toString(), issued.key.jti);
    }

    void aServiceIdLivesItsConfiguredTimeThenIsRefused()
    {
        TestServices test;
        const QByteArray serviceId = test.services().tokens.issueServiceId(
            QStringLiteral("6f1c7a52-8a6e-4d3f-9e1b-2c3d4e5f6a7b"));
        const auto claims = test.services().tokens.verify(serviceId);
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("serviceId")).toString(),
                 QStringLiteral("6f1c7a52-8a6e-4d3f-9e1b-2c3d4e5f6a7b"));
        QCOMPARE(claims->value(QStringLiteral("exp")).toInteger() -
                     claims->value(QStringLiteral("iat")).toInteger(),
                 3600);
        test.clock().advance(3600 + 59); // within the verifier's minute of leeway
        QVERIFY(test.services().tokens.verify(serviceId));
        test.clock().advance(1);
        QVERIFY(!test.services().tokens.verify(serviceId));
    }

    void issuedTokensAreCountedByKind()
    {
        TestServices test;
        const quint64 users = test.services().tokens.issuedCount(TokenService::Kind::User);
        test.userToken(TestServices::adminEmail);
        QCOMPARE(test.services().tokens.issuedCount(TokenService::Kind::User), users + 1);
        QCOMPARE(TokenService::kindName(TokenService::Kind::KeyJwt), QStringLiteral("key_jwt"));
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
