// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Signing-key rotation: a new kid signs new tokens, tokens of the previous
// key verify until it is retired, JWKS lists both meanwhile, and another
// instance on the same store follows (by reload, or at once when a token
// names a kid it lacks).
#include "JwtHeader.h"
#include "TestServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward;

namespace {

QStringList publishedKids(const SigningKeyRing &ring)
{
    QStringList kids;
    for (const QJsonValue &key : ring.jwks().value(QStringLiteral("keys")).toArray())
        kids.append(key.toObject().value(QStringLiteral("kid")).toString());
    return kids;
}

} // namespace

class TestSigningKeyRotation : public QObject {
    Q_OBJECT
private:
    static QByteArray userToken(TestServices &test)
    {
        return test.userToken(TestServices::adminEmail);
    }

private slots:
    void rotateThenRetire()
    {
        TestServices test(JwtAlgorithm::ES256);
        Services &services = test.services();
        const QByteArray before = userToken(test);
        const QString firstKid = jwtKid(before);
        QCOMPARE(publishedKids(services.signingKeyRing), QStringList{firstKid});

        auto rotation = services.signingKeys.rotate(TestServices::operatorActor());
        QVERIFY(rotation);
        QCOMPARE(rotation->retiringKid, firstKid);
        QVERIFY(rotation->activeKid != firstKid);

        // New tokens carry the new kid; the old token still verifies; JWKS
        // publishes both, the signing key first.
        const QByteArray after = userToken(test);
        QCOMPARE(jwtKid(after), rotation->activeKid);
        QVERIFY(services.tokens.verify(before));
        QVERIFY(services.tokens.verify(after));
        QCOMPARE(publishedKids(services.signingKeyRing),
                 (QStringList{rotation->activeKid, firstKid}));

        auto listed = services.signingKeys.list(TestServices::operatorActor());
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).status, QStringLiteral("active"));
        QCOMPARE(listed->at(1).status, QStringLiteral("retiring"));

        auto retired = services.signingKeys.retire(TestServices::operatorActor(), {}, false);
        QVERIFY(retired);
        QCOMPARE(retired->kids, QStringList{firstKid});
        QCOMPARE(services.tokens.verify(before).error(), JwtError::UnknownKey);
        QVERIFY(services.tokens.verify(after));
        QCOMPARE(publishedKids(services.signingKeyRing), QStringList{rotation->activeKid});

        // Nothing left to retire; the active key cannot be retired.
        QCOMPARE(services.signingKeys.retire(TestServices::operatorActor(), {}, false).error().code,
                 DomainError::Code::NotFound);
        QCOMPARE(
            services.signingKeys.retire(TestServices::operatorActor(), rotation->activeKid, false)
                .error()
                .code,
            DomainError::Code::NotFound);

        // Both changes are in the audit log.
        auto events = services.audit.list(std::nullopt, {1, 50});
        QVERIFY(events);
        QStringList actions;
        for (const AuditEvent &event : events->items)
            actions.append(event.action);
        QVERIFY(actions.contains(QStringLiteral("signing_key.rotate")));
        QVERIFY(actions.contains(QStringLiteral("signing_key.retire")));
    }

    // Rotating to another algorithm moves the store: the new key signs,
    // tokens of the old algorithm verify until its key retires, and no
    // token can borrow a key of the other algorithm.
    void rotatingToAnotherAlgorithmMovesTheStore()
    {
        TestServices test(JwtAlgorithm::HS256);
        Services &services = test.services();
        const QByteArray before = userToken(test);
        QCOMPARE(jwtHeader(before)[QStringLiteral("alg")].toString(), QStringLiteral("HS256"));
        QVERIFY(publishedKids(services.signingKeyRing).isEmpty()); // a secret is never published

        auto rotation =
            services.signingKeys.rotate(TestServices::operatorActor(), JwtAlgorithm::ES256);
        QVERIFY(rotation);
        QCOMPARE(rotation->retiringKid, jwtKid(before));
        QCOMPARE(services.signingKeyRing.algorithm(), JwtAlgorithm::ES256);
        QCOMPARE(SigningKeyRing::storeAlgorithm(*services.database).value(),
                 std::optional(JwtAlgorithm::ES256));
        const QByteArray after = userToken(test);
        QCOMPARE(jwtHeader(after)[QStringLiteral("alg")].toString(), QStringLiteral("ES256"));
        QCOMPARE(jwtKid(after), rotation->activeKid);
        QVERIFY(services.tokens.verify(before));
        QVERIFY(services.tokens.verify(after));
        QCOMPARE(publishedKids(services.signingKeyRing), QStringList{rotation->activeKid});

        // The ES256 token's header and signature re-labelled HS256 name the
        // ES256 key: refused, whatever the signature.
        const auto relabelled = [](const QByteArray &token, const QString &alg) {
            QJsonObject header = jwtHeader(token);
            header[QStringLiteral("alg")] = alg;
            return QJsonDocument(header)
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                   token.mid(token.indexOf('.'));
        };
        QCOMPARE(services.tokens.verify(relabelled(after, QStringLiteral("HS256"))).error(),
                 JwtError::AlgorithmNotAllowed);
        QCOMPARE(services.tokens.verify(relabelled(before, QStringLiteral("ES256"))).error(),
                 JwtError::AlgorithmNotAllowed);
        QCOMPARE(services.tokens.verify(relabelled(after, QStringLiteral("EdDSA"))).error(),
                 JwtError::AlgorithmNotAllowed);

        // Another instance opened now signs with the store's new algorithm.
        SigningKeyRing otherRing(*services.database, services.masterBox, JwtAlgorithm::HS256,
                                 *services.clock);
        QVERIFY(otherRing.open());
        QCOMPARE(otherRing.algorithm(), JwtAlgorithm::ES256);

        QVERIFY(services.signingKeys.retire(TestServices::operatorActor(), {}, false));
        QCOMPARE(services.tokens.verify(before).error(), JwtError::AlgorithmNotAllowed);
        QVERIFY(services.tokens.verify(after));
    }

    void anotherInstanceFollows()
    {
        TestServices test(JwtAlgorithm::EdDSA);
        Services &services = test.services();
        // A second instance's ring and token service over the same store.
        SigningKeyRing otherRing(*services.database, services.masterBox, JwtAlgorithm::EdDSA,
                                 *services.clock);
        QVERIFY(otherRing.open());
        const TokenService otherTokens(otherRing, *services.clock, {});
        const QByteArray old = userToken(test);

        auto rotation = services.signingKeys.rotate(TestServices::operatorActor());
        QVERIFY(rotation);
        // The other instance has not reloaded yet, but a token of the new
        // key makes it look once more, and then it verifies.
        QCOMPARE(otherRing.snapshot()->kids.size(), 1);
        QVERIFY(otherTokens.verify(userToken(test)));
        QCOMPARE(otherRing.snapshot()->kids, (QStringList{rotation->activeKid, jwtKid(old)}));
        QVERIFY(otherTokens.verify(old));

        // A forged kid is refused, and does not make it query the store
        // again within a second of the last look.
        const QByteArray forgedHeader =
            QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                                      {QStringLiteral("kid"), QStringLiteral("forged")},
                                      {QStringLiteral("typ"), QStringLiteral("JWT")}})
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray forged = forgedHeader + old.mid(old.indexOf('.'));
        QCOMPARE(otherTokens.verify(forged).error(), JwtError::UnknownKey);
        QVERIFY(!otherRing.reloadForUnknownKid());

        // Retirement reaches it through its periodic reload.
        QVERIFY(services.signingKeys.retire(TestServices::operatorActor(), {}, true));
        QVERIFY(otherTokens.verify(old)); // not reloaded yet
        QCOMPARE(otherRing.reload().value(), true);
        QCOMPARE(otherTokens.verify(old).error(), JwtError::UnknownKey);
    }

    void retiringRefusesWhileV1KeysDependOnTheOldKey()
    {
        TestServices test;
        Services &services = test.services();
        NewKey request;
        request.kind = ApiKeyKind::Jwt;
        request.name = QStringLiteral("v1 key");
        request.permissions = {QStringLiteral("read")};
        const IssuedKey v1 = test.createKey(1, request);
        test.clock().advance(1);
        QVERIFY(services.signingKeys.rotate(TestServices::operatorActor()));

        auto refused = services.signingKeys.retire(TestServices::operatorActor(), {}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, DomainError::Code::Conflict);
        QVERIFY2(refused.error().detail().startsWith(QStringLiteral("1 the v1 API key(s)")),
                 qPrintable(refused.error().detail()));
        QVERIFY(services.tokens.verify(v1.secret)); // still usable

        // Once that key is deleted nothing depends on the old key any more.
        QVERIFY(services.keys.remove(TestServices::operatorActor(), v1.key.id));
        auto retired = services.signingKeys.retire(TestServices::operatorActor(), {}, false);
        QVERIFY(retired);
        QCOMPARE(retired->strandedJwtKeys, 0);
    }

    void onlySuperAdminsManageSigningKeys()
    {
        TestServices test;
        const User admin =
            test.createUser(1, QStringLiteral("tenant-admin@example.com"), Role::Admin);
        const Actor actor = TestServices::actorOf(admin);
        auto &rotation = test.services().signingKeys;
        QCOMPARE(rotation.rotate(actor).error().code, DomainError::Code::Forbidden);
        QCOMPARE(rotation.retire(actor, {}, true).error().code, DomainError::Code::Forbidden);
        QCOMPARE(rotation.list(actor).error().code, DomainError::Code::Forbidden);
        QCOMPARE(test.services().signingKeyRing.snapshot()->kids.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSigningKeyRotation)
#include "TestSigningKeyRotation.moc"
