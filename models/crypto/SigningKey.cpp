// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/SigningKey.h"

#include "crypto/Base64Url.h"
#include "crypto/Digest.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace keyward {

namespace {

constexpr int HmacSecretMinLength = 32;
constexpr int HmacKidLength = 16;
constexpr int Ed25519SeedLength = 32;
constexpr int P256CoordinateLength = 32;
constexpr int Es256SignatureLength = 2 * P256CoordinateLength;
constexpr int RsaMinBits = 2048;

using PKey = std::shared_ptr<EVP_PKEY>;
using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using BigNum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)>;

PKey wrap(EVP_PKEY *key)
{
    return key ? PKey(key, &EVP_PKEY_free) : PKey();
}

// EVP wants non-null pointers even for empty input; QByteArrayView may hold nullptr.
const unsigned char *bytes(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(view.data());
}

QByteArray fromOpenSsl(unsigned char *data, size_t length)
{
    QByteArray out(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    OPENSSL_clear_free(data, length);
    return out;
}

const char *keyTypeName(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::ES256:
        return "EC";
    case JwtAlgorithm::EdDSA:
        return "ED25519";
    case JwtAlgorithm::RS256:
        return "RSA";
    case JwtAlgorithm::HS256:
        break;
    }
    return nullptr;
}

std::optional<QByteArray> bigNumParam(const EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return std::nullopt;
    const BigNum bn(raw, &BN_free);
    const int length = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    QByteArray out(length, Qt::Uninitialized);
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()), length) != length)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> octetParam(const EVP_PKEY *key, const char *name)
{
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, name, nullptr, 0, &length) != 1)
        return std::nullopt;
    QByteArray out(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_PKEY_get_octet_string_param(key, name, reinterpret_cast<unsigned char *>(out.data()),
                                        length, &length) != 1)
        return std::nullopt;
    out.resize(static_cast<qsizetype>(length));
    return out;
}

bool isP256(const EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return false;
    return QByteArrayView(group, static_cast<qsizetype>(length)) == QByteArrayView("prime256v1");
}

// The members RFC 7638 hashes, without kid/alg/use. Empty if OpenSSL cannot export the key.
QJsonObject requiredJwkMembers(JwtAlgorithm algorithm, const EVP_PKEY *key)
{
    QJsonObject jwk;
    switch (algorithm) {
    case JwtAlgorithm::ES256: {
        const auto x = bigNumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, P256CoordinateLength);
        const auto y = bigNumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, P256CoordinateLength);
        if (!x || !y)
            return {};
        jwk.insert(QLatin1String("kty"), QLatin1String("EC"));
        jwk.insert(QLatin1String("crv"), QLatin1String("P-256"));
        jwk.insert(QLatin1String("x"), QLatin1String(Base64Url::encode(*x)));
        jwk.insert(QLatin1String("y"), QLatin1String(Base64Url::encode(*y)));
        break;
    }
    case JwtAlgorithm::EdDSA: {
        const auto x = octetParam(key, OSSL_PKEY_PARAM_PUB_KEY);
        if (!x)
            return {};
        jwk.insert(QLatin1String("kty"), QLatin1String("OKP"));
        jwk.insert(QLatin1String("crv"), QLatin1String("Ed25519"));
        jwk.insert(QLatin1String("x"), QLatin1String(Base64Url::encode(*x)));
        break;
    }
    case JwtAlgorithm::RS256: {
        const auto n = bigNumParam(key, OSSL_PKEY_PARAM_RSA_N);
        const auto e = bigNumParam(key, OSSL_PKEY_PARAM_RSA_E);
        if (!n || !e)
            return {};
        jwk.insert(QLatin1String("kty"), QLatin1String("RSA"));
        jwk.insert(QLatin1String("n"), QLatin1String(Base64Url::encode(*n)));
        jwk.insert(QLatin1String("e"), QLatin1String(Base64Url::encode(*e)));
        break;
    }
    case JwtAlgorithm::HS256:
        break;
    }
    return jwk;
}

// RFC 7638: SHA-256 over the required members, sorted, no whitespace. QJsonObject keeps its keys
// sorted and Compact emits no whitespace; the values are base64url and names, so nothing needs
// escaping and Qt's output is exactly the canonical form.
QString thumbprint(JwtAlgorithm algorithm, const EVP_PKEY *key)
{
    const QJsonObject members = requiredJwkMembers(algorithm, key);
    if (members.isEmpty())
        return {};
    const QByteArray canonical = QJsonDocument(members).toJson(QJsonDocument::Compact);
    return QLatin1String(Base64Url::encode(Digest::sha256(canonical)));
}

PKey generateKey(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::ES256:
        return wrap(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case JwtAlgorithm::EdDSA:
        return wrap(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    case JwtAlgorithm::RS256:
        return wrap(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(RsaMinBits)));
    case JwtAlgorithm::HS256:
        break;
    }
    return {};
}

// Decodes exactly one PrivateKeyInfo of the expected key type, with nothing after it.
PKey decodePkcs8(JwtAlgorithm algorithm, QByteArrayView der)
{
    EVP_PKEY *raw = nullptr;
    OSSL_DECODER_CTX *ctx = OSSL_DECODER_CTX_new_for_pkey(
        &raw, "DER", "PrivateKeyInfo", keyTypeName(algorithm), EVP_PKEY_KEYPAIR, nullptr, nullptr);
    if (!ctx)
        return {};
    const unsigned char *data = bytes(der);
    size_t remaining = static_cast<size_t>(der.size());
    const bool decoded = OSSL_DECODER_from_data(ctx, &data, &remaining) == 1;
    OSSL_DECODER_CTX_free(ctx);
    PKey key = wrap(raw);
    if (!decoded || !key || remaining != 0)
        return {};
    return key;
}

bool matchesAlgorithm(JwtAlgorithm algorithm, const EVP_PKEY *key)
{
    switch (algorithm) {
    case JwtAlgorithm::ES256:
        return EVP_PKEY_is_a(key, "EC") && isP256(key);
    case JwtAlgorithm::EdDSA:
        return EVP_PKEY_is_a(key, "ED25519");
    case JwtAlgorithm::RS256:
        return EVP_PKEY_is_a(key, "RSA") && EVP_PKEY_get_bits(key) >= RsaMinBits;
    case JwtAlgorithm::HS256:
        break;
    }
    return false;
}

const EVP_MD *digestFor(JwtAlgorithm algorithm)
{
    // Ed25519 hashes internally (PureEdDSA): EVP requires a null digest for it.
    return algorithm == JwtAlgorithm::EdDSA ? nullptr : EVP_sha256();
}

bool initDigest(const MdContext &ctx, JwtAlgorithm algorithm, EVP_PKEY *key, bool forSigning)
{
    EVP_PKEY_CTX *pctx = nullptr;
    const int ok = forSigning
                       ? EVP_DigestSignInit(ctx.get(), &pctx, digestFor(algorithm), nullptr, key)
                       : EVP_DigestVerifyInit(ctx.get(), &pctx, digestFor(algorithm), nullptr, key);
    if (ok != 1)
        return false;
    // PKCS#1 v1.5 is OpenSSL's default too; say so, since RS256 is defined by it.
    return algorithm != JwtAlgorithm::RS256 ||
           EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
}

using MacContext = std::shared_ptr<EVP_MAC_CTX>;

// HMAC-SHA256 keyed with the secret: fetching the algorithm and keying it
// took half of each one-shot HMAC(); a signature duplicates this instead.
// Null only if OpenSSL fails.
MacContext keyedHmacSha256(const QByteArray &secret)
{
    const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> hmac(
        EVP_MAC_fetch(nullptr, "HMAC", nullptr), &EVP_MAC_free);
    MacContext context(hmac ? EVP_MAC_CTX_new(hmac.get()) : nullptr, &EVP_MAC_CTX_free);
    char digest[] = "SHA256";
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
    if (!context || EVP_MAC_init(context.get(), bytes(secret), static_cast<size_t>(secret.size()),
                                 parameters) != 1)
        return {};
    return context;
}

QByteArray hmacSha256(const MacContext &keyed, QByteArrayView input)
{
    const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context(
        keyed ? EVP_MAC_CTX_dup(keyed.get()) : nullptr, &EVP_MAC_CTX_free);
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!context ||
        EVP_MAC_update(context.get(), bytes(input), static_cast<size_t>(input.size())) != 1 ||
        EVP_MAC_final(context.get(), mac, &length, sizeof mac) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(length));
}

std::optional<QByteArray> derToRawEcdsa(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())), &ECDSA_SIG_free);
    if (!sig)
        return std::nullopt;
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(Es256SignatureLength, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, P256CoordinateLength) != P256CoordinateLength ||
        BN_bn2binpad(s, out + P256CoordinateLength, P256CoordinateLength) != P256CoordinateLength)
        return std::nullopt;
    return raw;
}

std::optional<QByteArray> rawEcdsaToDer(QByteArrayView raw)
{
    if (raw.size() != Es256SignatureLength)
        return std::nullopt;
    EcdsaSig sig(ECDSA_SIG_new(), &ECDSA_SIG_free);
    BIGNUM *r = BN_bin2bn(bytes(raw), P256CoordinateLength, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + P256CoordinateLength, P256CoordinateLength, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return std::nullopt;
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return std::nullopt;
    return fromOpenSsl(der, static_cast<size_t>(length));
}

} // namespace

SigningKey::SigningKey(JwtAlgorithm algorithm, QString kid, std::shared_ptr<evp_pkey_st> key,
                       QByteArray secret)
    : m_algorithm(algorithm)
    , m_kid(std::move(kid))
    , m_key(std::move(key))
    , m_secret(std::move(secret))
    , m_hmac(m_secret.isEmpty() ? MacContext() : keyedHmacSha256(m_secret))
{}

SigningKey SigningKey::generate(JwtAlgorithm algorithm)
{
    if (algorithm == JwtAlgorithm::HS256) {
        const QString kid = QLatin1String(Base64Url::encode(Digest::randomBytes(HmacKidLength)));
        return SigningKey(algorithm, kid, {}, Digest::randomBytes(HmacSecretMinLength));
    }
    PKey key = generateKey(algorithm);
    if (!key)
        qFatal("OpenSSL key generation failed for %s", qPrintable(jwtAlgorithmName(algorithm)));
    const QString kid = thumbprint(algorithm, key.get());
    if (kid.isEmpty())
        qFatal("Cannot export the public part of a freshly generated key");
    return SigningKey(algorithm, kid, std::move(key), {});
}

std::optional<SigningKey> SigningKey::fromPrivateBytes(JwtAlgorithm algorithm, const QString &kid,
                                                       QByteArrayView privateBytes)
{
    if (algorithm == JwtAlgorithm::HS256) {
        if (privateBytes.size() < HmacSecretMinLength)
            return std::nullopt;
        return SigningKey(algorithm, kid, {}, privateBytes.toByteArray());
    }

    PKey key;
    if (algorithm == JwtAlgorithm::EdDSA && privateBytes.size() == Ed25519SeedLength) {
        key = wrap(EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, bytes(privateBytes),
                                                   Ed25519SeedLength));
    } else {
        key = decodePkcs8(algorithm, privateBytes);
    }
    if (!key || !matchesAlgorithm(algorithm, key.get()))
        return std::nullopt;

    QString effectiveKid = kid;
    if (effectiveKid.isEmpty()) {
        effectiveKid = thumbprint(algorithm, key.get());
        if (effectiveKid.isEmpty())
            return std::nullopt;
    }
    return SigningKey(algorithm, effectiveKid, std::move(key), {});
}

QByteArray SigningKey::privateBytes() const
{
    if (isSymmetric())
        return m_secret;
    OSSL_ENCODER_CTX *ctx = OSSL_ENCODER_CTX_new_for_pkey(m_key.get(), EVP_PKEY_KEYPAIR, "DER",
                                                          "PrivateKeyInfo", nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    const bool ok = ctx && OSSL_ENCODER_to_data(ctx, &data, &length) == 1;
    OSSL_ENCODER_CTX_free(ctx);
    if (!ok)
        qFatal("Cannot encode a private key as PKCS#8");
    return fromOpenSsl(data, length);
}

QJsonObject SigningKey::publicJwk() const
{
    if (isSymmetric())
        return {};
    QJsonObject jwk = requiredJwkMembers(m_algorithm, m_key.get());
    if (jwk.isEmpty())
        return {};
    jwk.insert(QLatin1String("kid"), m_kid);
    jwk.insert(QLatin1String("alg"), jwtAlgorithmName(m_algorithm));
    jwk.insert(QLatin1String("use"), QLatin1String("sig"));
    return jwk;
}

QByteArray SigningKey::sign(QByteArrayView signingInput) const
{
    if (isSymmetric())
        return hmacSha256(m_hmac, signingInput);

    const MdContext ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!ctx || !initDigest(ctx, m_algorithm, m_key.get(), true) ||
        EVP_DigestSign(ctx.get(), nullptr, &length, bytes(signingInput),
                       static_cast<size_t>(signingInput.size())) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(signingInput), static_cast<size_t>(signingInput.size())) != 1)
        return {};
    signature.resize(static_cast<qsizetype>(length));

    if (m_algorithm == JwtAlgorithm::ES256)
        return derToRawEcdsa(signature).value_or(QByteArray());
    return signature;
}

bool SigningKey::verify(QByteArrayView signingInput, QByteArrayView signature) const
{
    if (isSymmetric()) {
        const QByteArray expected = hmacSha256(m_hmac, signingInput);
        return !expected.isEmpty() && Digest::equal(expected, signature);
    }

    QByteArray encoded;
    if (m_algorithm == JwtAlgorithm::ES256) {
        const auto der = rawEcdsaToDer(signature);
        if (!der)
            return false;
        encoded = *der;
    } else {
        encoded = signature.toByteArray();
    }

    const MdContext ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return ctx && initDigest(ctx, m_algorithm, m_key.get(), false) &&
           EVP_DigestVerify(ctx.get(), bytes(encoded), static_cast<size_t>(encoded.size()),
                            bytes(signingInput), static_cast<size_t>(signingInput.size())) == 1;
}

} // namespace keyward
