// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"
#include "crypto/JwtSigner.h"
#include "crypto/JwtVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <map>

using namespace keyward;

Q_DECLARE_METATYPE(keyward::JwtAlgorithm)
Q_DECLARE_METATYPE(keyward::JwtError)

namespace {

constexpr qint64 Now = 1'700'000'000;
constexpr qint64 Leeway = 60;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject header(const QString &alg, const QString &kid)
{
    QJsonObject h{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isNull())
        h.insert(QStringLiteral("kid"), kid);
    return h;
}

QJsonObject claims(qint64 exp = Now + 300)
{
    return {{QStringLiteral("sub"), QStringLiteral("user:7")},
            {QStringLiteral("iat"), Now},
            {QStringLiteral("exp"), exp}};
}

// header.payload signed with `key`, whatever the header claims: the attacker's tool.
QByteArray forge(const SigningKey &key, const QByteArray &headerJson, const QByteArray &payloadJson)
{
    const QByteArray input = Base64Url::encode(headerJson) + '.' + Base64Url::encode(payloadJson);
    return input + '.' + Base64Url::encode(key.sign(input));
}

// SubjectPublicKeyInfo DER of an RSA SigningKey: what a JWKS consumer could rebuild from n and e.
QByteArray publicKeyDer(const SigningKey &key)
{
    const QByteArray der = key.privateBytes();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EVP_PKEY *pkey = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size()));
    unsigned char *out = nullptr;
    const int length = pkey ? i2d_PUBKEY(pkey, &out) : -1;
    EVP_PKEY_free(pkey);
    if (length <= 0)
        qFatal("cannot export the RSA public key");
    const QByteArray result(reinterpret_cast<const char *>(out), length);
    OPENSSL_free(out);
    return result;
}

} // namespace

class TestJwtVerifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void selectsKeyByKid();
    void leewayBoundaries();
    void rejects_data();
    void rejects();
    void algorithmConfusionWithMisconfiguredKeyList();
    void rfc7515TokenHasNoKid();
    void errorTexts();

private:
    JwtVerifier verifierFor(JwtAlgorithm pinned) const
    {
        QList<SigningKey> keys;
        for (const auto &[algorithm, key] : m_keys)
            keys.append(key);
        return JwtVerifier(pinned, keys, Leeway);
    }
    const SigningKey &key(JwtAlgorithm algorithm) const { return m_keys.at(algorithm); }
    QString kid(JwtAlgorithm algorithm) const { return key(algorithm).kid(); }

    std::map<JwtAlgorithm, SigningKey> m_keys;
};

void TestJwtVerifier::initTestCase()
{
    for (const JwtAlgorithm algorithm :
         {JwtAlgorithm::HS256, JwtAlgorithm::ES256, JwtAlgorithm::EdDSA, JwtAlgorithm::RS256})
        m_keys.emplace(algorithm, SigningKey::generate(algorithm));
}

void TestJwtVerifier::roundTrip_data()
{
    QTest::addColumn<JwtAlgorithm>("algorithm");
    QTest::newRow("HS256") << JwtAlgorithm::HS256;
    QTest::newRow("ES256") << JwtAlgorithm::ES256;
    QTest::newRow("EdDSA") << JwtAlgorithm::EdDSA;
    QTest::newRow("RS256") << JwtAlgorithm::RS256;
}

void TestJwtVerifier::roundTrip()
{
    QFETCH(JwtAlgorithm, algorithm);
    QJsonObject c = claims();
    c.insert(QStringLiteral("nbf"), Now - 5);
    c.insert(QStringLiteral("scope"), QStringLiteral("read token:generate"));
    const QByteArray token = JwtSigner(key(algorithm)).sign(c);

    const auto result = verifierFor(algorithm).verify(token, Now);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(jwtErrorText(result.error())));
    QCOMPARE(result.value(), c);

    // Every other pinned algorithm refuses it.
    for (const auto &[other, unused] : m_keys) {
        if (other == algorithm)
            continue;
        const auto refused = verifierFor(other).verify(token, Now);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), JwtError::AlgorithmNotAllowed);
    }
}

void TestJwtVerifier::selectsKeyByKid()
{
    const SigningKey previous = SigningKey::generate(JwtAlgorithm::EdDSA);
    const SigningKey current = SigningKey::generate(JwtAlgorithm::EdDSA);
    const JwtVerifier verifier(JwtAlgorithm::EdDSA, {previous, current});
    QVERIFY(verifier.verify(JwtSigner(previous).sign(claims()), Now).ok());
    QVERIFY(verifier.verify(JwtSigner(current).sign(claims()), Now).ok());

    const JwtVerifier onlyCurrent(JwtAlgorithm::EdDSA, {current});
    const auto retired = onlyCurrent.verify(JwtSigner(previous).sign(claims()), Now);
    QVERIFY(!retired.ok());
    QCOMPARE(retired.error(), JwtError::UnknownKey);
}

void TestJwtVerifier::leewayBoundaries()
{
    const JwtVerifier verifier = verifierFor(JwtAlgorithm::ES256);
    const JwtSigner signer(key(JwtAlgorithm::ES256));
    const QString ok = QStringLiteral("ok");
    const auto outcome = [&](const JwtVerifier &v, const QJsonObject &c) {
        const auto result = v.verify(signer.sign(c), Now);
        return result.ok() ? ok : jwtErrorText(result.error());
    };
    const QString expired = jwtErrorText(JwtError::Expired);

    QCOMPARE(outcome(verifier, claims(Now + 1)), ok);
    QCOMPARE(outcome(verifier, claims(Now)), ok);              // expired, but within the leeway
    QCOMPARE(outcome(verifier, claims(Now - Leeway + 1)), ok); // last second of leeway
    QCOMPARE(outcome(verifier, claims(Now - Leeway)), expired);
    QCOMPARE(outcome(verifier, claims(Now - 3600)), expired);

    QJsonObject early = claims();
    early.insert(QStringLiteral("nbf"), Now + Leeway);
    QCOMPARE(outcome(verifier, early), ok);
    early.insert(QStringLiteral("nbf"), Now + Leeway + 1);
    QCOMPARE(outcome(verifier, early), jwtErrorText(JwtError::NotYetValid));

    const JwtVerifier strict(JwtAlgorithm::ES256, {key(JwtAlgorithm::ES256)}, 0);
    QCOMPARE(outcome(strict, claims(Now)), expired);
    QCOMPARE(outcome(strict, claims(Now + 1)), ok);
}

void TestJwtVerifier::rejects_data()
{
    QTest::addColumn<JwtAlgorithm>("pinned");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<JwtError>("expected");

    const JwtAlgorithm es = JwtAlgorithm::ES256;
    const SigningKey &esKey = key(es);
    const QString esKid = esKey.kid();
    const QByteArray goodPayload = json(claims());
    const QByteArray good = JwtSigner(esKey).sign(claims());
    const QList<QByteArray> parts = good.split('.');
    const QByteArray signature = *Base64Url::decode(parts[2]);
    const auto assemble = [](const QByteArray &h, const QByteArray &p, const QByteArray &s) {
        return h + '.' + p + '.' + s;
    };

    // alg "none" and friends.
    const QByteArray noneHeader = Base64Url::encode(json(header(QStringLiteral("none"), esKid)));
    QTest::newRow("alg none, empty signature")
        << es << assemble(noneHeader, parts[1], {}) << JwtError::AlgorithmNotAllowed;
    QTest::newRow("alg none, real signature")
        << es << assemble(noneHeader, parts[1], parts[2]) << JwtError::AlgorithmNotAllowed;
    QTest::newRow("alg None, no kid")
        << es
        << assemble(Base64Url::encode(json(header(QStringLiteral("None"), QString()))), parts[1],
                    {})
        << JwtError::AlgorithmNotAllowed;
    QTest::newRow("alg lower case")
        << es << forge(esKey, json(header(QStringLiteral("es256"), esKid)), goodPayload)
        << JwtError::AlgorithmNotAllowed;
    QTest::newRow("alg missing") << es
                                 << forge(esKey, json({{QStringLiteral("kid"), esKid}}),
                                          goodPayload)
                                 << JwtError::Malformed;
    QTest::newRow("alg not a string")
        << es << forge(esKey, R"({"alg":256,"kid":")" + esKid.toLatin1() + R"("})", goodPayload)
        << JwtError::Malformed;

    // HS256 signed with the RSA public key (as DER) as the HMAC secret: the classic confusion.
    const SigningKey &rsa = key(JwtAlgorithm::RS256);
    const auto hmacWithPublicKey =
        SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, rsa.kid(), publicKeyDer(rsa));
    QVERIFY(hmacWithPublicKey.has_value());
    QTest::newRow("alg swapped to HS256 with RSA public key")
        << JwtAlgorithm::RS256 << JwtSigner(*hmacWithPublicKey).sign(claims())
        << JwtError::AlgorithmNotAllowed;
    QTest::newRow("HMAC by RSA public key under an RS256 header")
        << JwtAlgorithm::RS256
        << forge(*hmacWithPublicKey, json(header(QStringLiteral("RS256"), rsa.kid())), goodPayload)
        << JwtError::BadSignature;
    QTest::newRow("genuine HS256 token to an ES256 verifier")
        << es << JwtSigner(key(JwtAlgorithm::HS256)).sign(claims())
        << JwtError::AlgorithmNotAllowed;

    // kid.
    QTest::newRow("wrong kid")
        << es
        << forge(esKey, json(header(QStringLiteral("ES256"), QStringLiteral("nope"))), goodPayload)
        << JwtError::UnknownKey;
    QTest::newRow("missing kid") << es
                                 << forge(esKey, json(header(QStringLiteral("ES256"), QString())),
                                          goodPayload)
                                 << JwtError::UnknownKey;
    QTest::newRow("empty kid") << es
                               << forge(esKey,
                                        json(header(QStringLiteral("ES256"), QLatin1String(""))),
                                        goodPayload)
                               << JwtError::UnknownKey;
    QTest::newRow("kid not a string")
        << es << forge(esKey, R"({"alg":"ES256","kid":7})", goodPayload) << JwtError::UnknownKey;
    QTest::newRow("kid of a key for another algorithm")
        << es
        << forge(esKey, json(header(QStringLiteral("ES256"), kid(JwtAlgorithm::HS256))),
                 goodPayload)
        << JwtError::UnknownKey;

    // Signature.
    QTest::newRow("tampered payload")
        << es << assemble(parts[0], Base64Url::encode(json(claims(Now + 999999))), parts[2])
        << JwtError::BadSignature;
    QJsonObject escalated = claims();
    escalated.insert(QStringLiteral("sub"), QStringLiteral("user:1"));
    QTest::newRow("tampered subject")
        << es << assemble(parts[0], Base64Url::encode(json(escalated)), parts[2])
        << JwtError::BadSignature;
    const SigningKey impostor = SigningKey::generate(es);
    QTest::newRow("right kid, other key")
        << es << forge(impostor, json(header(QStringLiteral("ES256"), esKid)), goodPayload)
        << JwtError::BadSignature;
    QTest::newRow("truncated signature bytes")
        << es << assemble(parts[0], parts[1], Base64Url::encode(signature.chopped(1)))
        << JwtError::BadSignature;
    QTest::newRow("truncated signature text")
        << es << assemble(parts[0], parts[1], parts[2].chopped(1)) << JwtError::Malformed;
    QTest::newRow("empty signature")
        << es << assemble(parts[0], parts[1], {}) << JwtError::BadSignature;
    QTest::newRow("signature over another token")
        << es << assemble(parts[0], parts[1], JwtSigner(esKey).sign(claims(Now + 5)).split('.')[2])
        << JwtError::BadSignature;

    // Encoding and shape.
    QByteArray starred = parts[1];
    starred[3] = '*';
    QTest::newRow("bad base64 in payload")
        << es << assemble(parts[0], starred, parts[2]) << JwtError::Malformed;
    QByteArray plus = parts[2];
    plus[5] = '+';
    QTest::newRow("standard base64 in signature")
        << es << assemble(parts[0], parts[1], plus) << JwtError::Malformed;
    QTest::newRow("padded header")
        << es << assemble(parts[0] + "==", parts[1], parts[2]) << JwtError::Malformed;
    QTest::newRow("whitespace") << es << assemble(parts[0], parts[1] + ' ', parts[2])
                                << JwtError::Malformed;
    QTest::newRow("two segments") << es << parts[0] + '.' + parts[1] << JwtError::Malformed;
    QTest::newRow("four segments") << es << good + '.' + parts[2] << JwtError::Malformed;
    QTest::newRow("trailing dot") << es << good + '.' << JwtError::Malformed;
    QTest::newRow("one segment") << es << parts[0] << JwtError::Malformed;
    QTest::newRow("empty") << es << QByteArray() << JwtError::Malformed;
    QTest::newRow("dots only") << es << QByteArrayLiteral("..") << JwtError::Malformed;
    QTest::newRow("oversized") << es
                               << assemble(parts[0], QByteArray(JwtVerifier::MaxTokenLength, 'A'),
                                           parts[2])
                               << JwtError::Malformed;

    // JSON.
    QTest::newRow("header is an array")
        << es << forge(esKey, "[\"ES256\"]", goodPayload) << JwtError::Malformed;
    QTest::newRow("header is a string")
        << es << forge(esKey, "\"ES256\"", goodPayload) << JwtError::Malformed;
    QTest::newRow("header is not JSON")
        << es << forge(esKey, "alg=ES256", goodPayload) << JwtError::Malformed;
    QJsonObject critical = header(QStringLiteral("ES256"), esKid);
    critical.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
    QTest::newRow("crit header") << es << forge(esKey, json(critical), goodPayload)
                                 << JwtError::Malformed;

    const QByteArray esHeader = json(header(QStringLiteral("ES256"), esKid));
    QJsonObject noExp = claims();
    noExp.remove(QStringLiteral("exp"));
    QTest::newRow("missing exp") << es << forge(esKey, esHeader, json(noExp))
                                 << JwtError::Malformed;
    QJsonObject stringExp = claims();
    stringExp.insert(QStringLiteral("exp"), QString::number(Now + 300));
    QTest::newRow("exp as string")
        << es << forge(esKey, esHeader, json(stringExp)) << JwtError::Malformed;
    QJsonObject nullExp = claims();
    nullExp.insert(QStringLiteral("exp"), QJsonValue::Null);
    QTest::newRow("exp null") << es << forge(esKey, esHeader, json(nullExp)) << JwtError::Malformed;
    QJsonObject stringNbf = claims();
    stringNbf.insert(QStringLiteral("nbf"), QStringLiteral("soon"));
    QTest::newRow("nbf as string")
        << es << forge(esKey, esHeader, json(stringNbf)) << JwtError::Malformed;
    QTest::newRow("claims are an array")
        << es << forge(esKey, esHeader, "[1,2]") << JwtError::Malformed;
    QTest::newRow("claims not JSON")
        << es << forge(esKey, esHeader, "exp=1") << JwtError::Malformed;

    // Time.
    QTest::newRow("expired beyond leeway")
        << es << JwtSigner(esKey).sign(claims(Now - Leeway - 1)) << JwtError::Expired;
    QJsonObject future = claims();
    future.insert(QStringLiteral("nbf"), Now + 3600);
    QTest::newRow("nbf in the future")
        << es << JwtSigner(esKey).sign(future) << JwtError::NotYetValid;
}

void TestJwtVerifier::rejects()
{
    QFETCH(JwtAlgorithm, pinned);
    QFETCH(QByteArray, token);
    QFETCH(JwtError, expected);
    const auto result = verifierFor(pinned).verify(token, Now);
    QVERIFY(!result.ok());
    QCOMPARE(jwtErrorText(result.error()), jwtErrorText(expected));
}

// Even when an operator puts an HS256 key built from the RSA public key into the RS256 verifier's
// list, the pinned algorithm keeps it out.
void TestJwtVerifier::algorithmConfusionWithMisconfiguredKeyList()
{
    const SigningKey &rsa = key(JwtAlgorithm::RS256);
    const auto hmac =
        SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, rsa.kid(), publicKeyDer(rsa));
    QVERIFY(hmac.has_value());
    const JwtVerifier verifier(JwtAlgorithm::RS256, {*hmac, rsa});

    const auto swapped = verifier.verify(JwtSigner(*hmac).sign(claims()), Now);
    QVERIFY(!swapped.ok());
    QCOMPARE(swapped.error(), JwtError::AlgorithmNotAllowed);
    const auto relabelled = verifier.verify(
        forge(*hmac, json(header(QStringLiteral("RS256"), rsa.kid())), json(claims())), Now);
    QVERIFY(!relabelled.ok());
    QCOMPARE(relabelled.error(), JwtError::BadSignature);
    QVERIFY(verifier.verify(JwtSigner(rsa).sign(claims()), Now).ok());
}

// RFC 7515 A.1's token is correctly signed but names no kid, which Keyward requires.
void TestJwtVerifier::rfc7515TokenHasNoKid()
{
    const auto key = SigningKey::fromPrivateBytes(
        JwtAlgorithm::HS256, QStringLiteral("k1"),
        *Base64Url::decode(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjA"
            "zZr1Z9CAow"));
    QVERIFY(key.has_value());
    const QByteArray token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                             ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
                             "LmNvbS9pc19yb290Ijp0cnVlfQ"
                             ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    const auto result = JwtVerifier(JwtAlgorithm::HS256, {*key}).verify(token, 1300819000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), JwtError::UnknownKey);
}

void TestJwtVerifier::errorTexts()
{
    QSet<QString> texts;
    for (const JwtError error :
         {JwtError::Malformed, JwtError::AlgorithmNotAllowed, JwtError::UnknownKey,
          JwtError::BadSignature, JwtError::Expired, JwtError::NotYetValid}) {
        QVERIFY(!jwtErrorText(error).isEmpty());
        texts.insert(jwtErrorText(error));
    }
    QCOMPARE(texts.size(), 6);
}

QTEST_APPLESS_MAIN(TestJwtVerifier)
#include "TestJwtVerifier.moc"
