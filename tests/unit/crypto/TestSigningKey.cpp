// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base64Url.h"
#include "crypto/SigningKey.h"

#include <QJsonObject>
#include <QTest>

#include <openssl/encoder.h>
#include <openssl/evp.h>

#include <map>

using namespace keyward;

Q_DECLARE_METATYPE(keyward::JwtAlgorithm)

namespace {

QByteArray b64url(const char *text)
{
    return Base64Url::decode(text).value_or(QByteArray());
}

// PKCS#8 of a key made directly with OpenSSL: for key types SigningKey must refuse.
QByteArray foreignPkcs8(EVP_PKEY *key)
{
    OSSL_ENCODER_CTX *ctx =
        OSSL_ENCODER_CTX_new_for_pkey(key, EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    if (!ctx || OSSL_ENCODER_to_data(ctx, &data, &length) != 1)
        qFatal("cannot encode test key");
    OSSL_ENCODER_CTX_free(ctx);
    EVP_PKEY_free(key);
    const QByteArray out(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    OPENSSL_free(data);
    return out;
}

// RFC 7515 Appendix A.3.1's P-256 key as PKCS#8 (SEC1 ECPrivateKey inside PrivateKeyInfo),
// assembled from the JWK's d, x and y.
QByteArray rfc7515A3Pkcs8()
{
    return QByteArray::fromHex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201"
                               "010420") +
           b64url("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI") +
           QByteArray::fromHex("a14403420004") +
           b64url("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU") +
           b64url("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0");
}

const QList<JwtAlgorithm> AllAlgorithms = {JwtAlgorithm::HS256, JwtAlgorithm::ES256,
                                           JwtAlgorithm::EdDSA, JwtAlgorithm::RS256};

} // namespace

class TestSigningKey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rfc7515HmacVector();
    void rfc8032Ed25519_data();
    void rfc8032Ed25519();
    void rfc8037ThumbprintAndJws();
    void rfc7515Es256Vector();
    void roundTrip_data();
    void roundTrip();
    void es256RejectsNon64ByteSignatures();
    void persistence_data();
    void persistence();
    void fromPrivateBytesRejectsForeignKeys();
    void publicJwk_data();
    void publicJwk();
    void hs256Symmetric();

private:
    std::map<JwtAlgorithm, SigningKey> m_keys; // RSA generation is slow: once
};

void TestSigningKey::initTestCase()
{
    for (const JwtAlgorithm algorithm : AllAlgorithms)
        m_keys.emplace(algorithm, SigningKey::generate(algorithm));
}

// RFC 7515 Appendix A.1: the signing input bytes are the RFC's, including the CRLFs inside the
// encoded header and payload.
void TestSigningKey::rfc7515HmacVector()
{
    const QByteArray secret =
        b64url("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0"
               "iPS4hcgUuTwjAzZr1Z9CAow");
    QCOMPARE(secret.size(), 64);
    const auto key =
        SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, QStringLiteral("k1"), secret);
    QVERIFY(key.has_value());

    const QByteArray signingInput = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                                    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9le"
                                    "GFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    const QByteArray signature = key->sign(signingInput);
    QCOMPARE(Base64Url::encode(signature),
             QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QVERIFY(key->verify(signingInput, signature));
    QVERIFY(!key->verify(signingInput + ' ', signature));
    QVERIFY(!key->verify(signingInput, signature.first(31)));
    QByteArray flipped = signature;
    flipped[0] = static_cast<char>(flipped[0] ^ 1);
    QVERIFY(!key->verify(signingInput, flipped));
}

void TestSigningKey::rfc8032Ed25519_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("TEST 1")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                               "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TestSigningKey::rfc8032Ed25519()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    const auto key = SigningKey::fromPrivateBytes(JwtAlgorithm::EdDSA, QStringLiteral("t"), seed);
    QVERIFY(key.has_value());
    QCOMPARE(key->sign(message), signature);
    QVERIFY(key->verify(message, signature));
    QVERIFY(!key->verify(message + 'x', signature));
    QCOMPARE(key->publicJwk().value(QLatin1String("x")).toString().toLatin1(),
             Base64Url::encode(publicKey));

    // The seed form persists as PKCS#8 and comes back as the same key.
    const auto restored =
        SigningKey::fromPrivateBytes(JwtAlgorithm::EdDSA, QStringLiteral("t"), key->privateBytes());
    QVERIFY(restored.has_value());
    QCOMPARE(restored->sign(message), signature);
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::EdDSA, {}, seed.first(31)).has_value());
}

// RFC 8037 A.3 (thumbprint of the RFC 8032 TEST 1 key) and A.4 (an EdDSA JWS).
void TestSigningKey::rfc8037ThumbprintAndJws()
{
    const auto key = SigningKey::fromPrivateBytes(
        JwtAlgorithm::EdDSA, QString(), b64url("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"));
    QVERIFY(key.has_value());
    QCOMPARE(key->kid(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
    const QByteArray signature =
        key->sign("eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc");
    QCOMPARE(Base64Url::encode(signature),
             QByteArrayLiteral("hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5Bh"
                               "VsPt9g7sVvpAr_MuM0KAg"));
}

// RFC 7515 A.3: ECDSA is randomised, so the RFC's raw r||s signature is verified rather than
// reproduced. It pins the JWS signature layout (a DER-expecting verifier would reject it).
void TestSigningKey::rfc7515Es256Vector()
{
    const auto key =
        SigningKey::fromPrivateBytes(JwtAlgorithm::ES256, QStringLiteral("a3"), rfc7515A3Pkcs8());
    QVERIFY(key.has_value());
    const QJsonObject jwk = key->publicJwk();
    QCOMPARE(jwk.value(QLatin1String("x")).toString(),
             QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"));
    QCOMPARE(jwk.value(QLatin1String("y")).toString(),
             QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"));

    const QByteArray signingInput = "eyJhbGciOiJFUzI1NiJ9"
                                    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9le"
                                    "GFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    const QByteArray signature =
        b64url("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8"
               "ISlSApmWQxfKTUJqPP3-Kg6NU1Q");
    QCOMPARE(signature.size(), 64);
    QVERIFY(key->verify(signingInput, signature));
    QByteArray flipped = signature;
    flipped[40] = static_cast<char>(flipped[40] ^ 0x10);
    QVERIFY(!key->verify(signingInput, flipped));

    const QByteArray ours = key->sign(signingInput);
    QCOMPARE(ours.size(), 64);
    QVERIFY(key->verify(signingInput, ours));
}

void TestSigningKey::roundTrip_data()
{
    QTest::addColumn<JwtAlgorithm>("algorithm");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("HS256") << JwtAlgorithm::HS256 << 32;
    QTest::newRow("ES256") << JwtAlgorithm::ES256 << 64;
    QTest::newRow("EdDSA") << JwtAlgorithm::EdDSA << 64;
    QTest::newRow("RS256") << JwtAlgorithm::RS256 << 256;
}

void TestSigningKey::roundTrip()
{
    QFETCH(JwtAlgorithm, algorithm);
    QFETCH(int, signatureSize);
    const SigningKey key = m_keys.at(algorithm);
    QCOMPARE(key.algorithm(), algorithm);
    QVERIFY(!key.kid().isEmpty());
    QCOMPARE(key.isSymmetric(), algorithm == JwtAlgorithm::HS256);

    const QByteArray signature = key.sign("header.payload");
    QCOMPARE(signature.size(), signatureSize);
    QVERIFY(key.verify("header.payload", signature));
    QVERIFY(!key.verify("header.payloaD", signature));
    QVERIFY(!key.verify("header.payload", QByteArray()));
    QByteArray flipped = signature;
    flipped[signature.size() / 2] = static_cast<char>(flipped[signature.size() / 2] ^ 4);
    QVERIFY(!key.verify("header.payload", flipped));

    // A copy shares the key; another key of the same kind does not verify.
    const SigningKey copy = key;
    QVERIFY(copy.verify("header.payload", signature));
    QCOMPARE(copy.kid(), key.kid());
    if (algorithm != JwtAlgorithm::RS256) {
        const SigningKey other = SigningKey::generate(algorithm);
        QVERIFY(other.kid() != key.kid());
        QVERIFY(!other.verify("header.payload", signature));
    }
}

void TestSigningKey::es256RejectsNon64ByteSignatures()
{
    const SigningKey key = m_keys.at(JwtAlgorithm::ES256);
    const QByteArray signature = key.sign("input");
    QVERIFY(key.verify("input", signature));
    QVERIFY(!key.verify("input", signature.first(63)));
    QVERIFY(!key.verify("input", signature + '\0'));
    QVERIFY(!key.verify("input", QByteArray(1, '\0') + signature));
    QVERIFY(!key.verify("input", QByteArray(64, '\0')));

    // The same signature in DER form (what EVP itself produces) is not a JWS signature.
    const auto derInteger = [](QByteArray value) {
        while (value.size() > 1 && value[0] == '\0')
            value.remove(0, 1);
        if (static_cast<unsigned char>(value[0]) & 0x80)
            value.prepend('\0');
        return QByteArray(1, 0x02) + QByteArray(1, static_cast<char>(value.size())) + value;
    };
    const QByteArray integers = derInteger(signature.first(32)) + derInteger(signature.last(32));
    const QByteArray der =
        QByteArray(1, 0x30) + QByteArray(1, static_cast<char>(integers.size())) + integers;
    QVERIFY(!key.verify("input", der));
}

void TestSigningKey::persistence_data()
{
    QTest::addColumn<JwtAlgorithm>("algorithm");
    for (const JwtAlgorithm algorithm : AllAlgorithms)
        QTest::newRow(qPrintable(jwtAlgorithmName(algorithm))) << algorithm;
}

void TestSigningKey::persistence()
{
    QFETCH(JwtAlgorithm, algorithm);
    const SigningKey key = m_keys.at(algorithm);
    const QByteArray bytes = key.privateBytes();
    QVERIFY(!bytes.isEmpty());
    if (algorithm == JwtAlgorithm::HS256) {
        QCOMPARE(bytes.size(), 32);
    } else {
        QCOMPARE(bytes.at(0), char(0x30)); // a DER SEQUENCE (PrivateKeyInfo)
    }

    const auto restored = SigningKey::fromPrivateBytes(algorithm, key.kid(), bytes);
    QVERIFY(restored.has_value());
    QCOMPARE(restored->kid(), key.kid());
    QCOMPARE(restored->algorithm(), algorithm);
    QCOMPARE(restored->privateBytes(), bytes);
    QCOMPARE(restored->publicJwk(), key.publicJwk());
    QVERIFY(restored->verify("m", key.sign("m")));
    QVERIFY(key.verify("m", restored->sign("m")));

    if (!key.isSymmetric()) {
        // Without a stored kid the thumbprint is recomputed: the same as at generation.
        const auto rekeyed = SigningKey::fromPrivateBytes(algorithm, QString(), bytes);
        QVERIFY(rekeyed.has_value());
        QCOMPARE(rekeyed->kid(), key.kid());
    }

    // Trailing and truncated bytes are refused for asymmetric keys.
    if (!key.isSymmetric()) {
        QVERIFY(!SigningKey::fromPrivateBytes(algorithm, key.kid(), bytes + '\0').has_value());
        QVERIFY(!SigningKey::fromPrivateBytes(algorithm, key.kid(), bytes.chopped(1)).has_value());
    }
}

void TestSigningKey::fromPrivateBytesRejectsForeignKeys()
{
    const QByteArray ec = m_keys.at(JwtAlgorithm::ES256).privateBytes();
    const QByteArray ed = m_keys.at(JwtAlgorithm::EdDSA).privateBytes();
    const QByteArray rsa = m_keys.at(JwtAlgorithm::RS256).privateBytes();
    const QString kid = QStringLiteral("k");

    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::ES256, kid, ed).has_value());
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::ES256, kid, rsa).has_value());
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::EdDSA, kid, ec).has_value());
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::RS256, kid, ec).has_value());
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::RS256, kid, ed).has_value());
    for (const JwtAlgorithm algorithm :
         {JwtAlgorithm::ES256, JwtAlgorithm::EdDSA, JwtAlgorithm::RS256}) {
        QVERIFY(!SigningKey::fromPrivateBytes(algorithm, kid, {}).has_value());
        QVERIFY(!SigningKey::fromPrivateBytes(algorithm, kid, QByteArray(48, 'x')).has_value());
    }

    QVERIFY(
        !SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, kid, QByteArray(31, 'k')).has_value());
    QVERIFY(
        SigningKey::fromPrivateBytes(JwtAlgorithm::HS256, kid, QByteArray(32, 'k')).has_value());

    const QByteArray p384 = foreignPkcs8(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::ES256, kid, p384).has_value());
    const QByteArray secp256k1 =
        foreignPkcs8(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1"));
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::ES256, kid, secp256k1).has_value());
    const QByteArray rsa1024 =
        foreignPkcs8(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(1024)));
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::RS256, kid, rsa1024).has_value());
    const QByteArray ed448 = foreignPkcs8(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448"));
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::EdDSA, kid, ed448).has_value());
    const QByteArray x25519 = foreignPkcs8(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    QVERIFY(!SigningKey::fromPrivateBytes(JwtAlgorithm::EdDSA, kid, x25519).has_value());
}

void TestSigningKey::publicJwk_data()
{
    QTest::addColumn<JwtAlgorithm>("algorithm");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("ES256") << JwtAlgorithm::ES256
                           << QStringList{QStringLiteral("alg"), QStringLiteral("crv"),
                                          QStringLiteral("kid"), QStringLiteral("kty"),
                                          QStringLiteral("use"), QStringLiteral("x"),
                                          QStringLiteral("y")};
    QTest::newRow("EdDSA") << JwtAlgorithm::EdDSA
                           << QStringList{QStringLiteral("alg"), QStringLiteral("crv"),
                                          QStringLiteral("kid"), QStringLiteral("kty"),
                                          QStringLiteral("use"), QStringLiteral("x")};
    QTest::newRow("RS256") << JwtAlgorithm::RS256
                           << QStringList{QStringLiteral("alg"), QStringLiteral("e"),
                                          QStringLiteral("kid"), QStringLiteral("kty"),
                                          QStringLiteral("n"),   QStringLiteral("use")};
}

void TestSigningKey::publicJwk()
{
    QFETCH(JwtAlgorithm, algorithm);
    QFETCH(QStringList, members);
    const SigningKey key = m_keys.at(algorithm);
    const QJsonObject jwk = key.publicJwk();
    QCOMPARE(jwk.keys(), members); // nothing private (d, p, q, dp, dq, qi, k) leaks
    QCOMPARE(jwk.value(QLatin1String("kid")).toString(), key.kid());
    QCOMPARE(jwk.value(QLatin1String("alg")).toString(), jwtAlgorithmName(algorithm));
    QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));

    const auto member = [&](const char *name) {
        return Base64Url::decode(jwk.value(QLatin1String(name)).toString().toLatin1());
    };
    switch (algorithm) {
    case JwtAlgorithm::ES256:
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(jwk.value(QLatin1String("crv")).toString(), QStringLiteral("P-256"));
        QCOMPARE(member("x").value_or(QByteArray()).size(), 32);
        QCOMPARE(member("y").value_or(QByteArray()).size(), 32);
        break;
    case JwtAlgorithm::EdDSA:
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(jwk.value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(member("x").value_or(QByteArray()).size(), 32);
        break;
    case JwtAlgorithm::RS256:
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(jwk.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
        QCOMPARE(member("n").value_or(QByteArray()).size(), 256);
        QVERIFY(static_cast<unsigned char>(member("n")->at(0)) >= 0x80); // no leading zero
        break;
    case JwtAlgorithm::HS256:
        QFAIL("not in the data set");
    }
}

void TestSigningKey::hs256Symmetric()
{
    const SigningKey key = m_keys.at(JwtAlgorithm::HS256);
    QVERIFY(key.isSymmetric());
    QVERIFY(key.publicJwk().isEmpty());
    QCOMPARE(key.kid().size(), 22); // 16 random bytes, base64url
    QVERIFY(Base64Url::decode(key.kid().toLatin1()).has_value());
    QVERIFY(SigningKey::generate(JwtAlgorithm::HS256).kid() != key.kid());
    QVERIFY(SigningKey::generate(JwtAlgorithm::HS256).privateBytes() != key.privateBytes());
}

QTEST_APPLESS_MAIN(TestSigningKey)
#include "TestSigningKey.moc"
