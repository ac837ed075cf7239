// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The reference Keyward's serving figures are measured against (bench/run.sh):
// a bare QHttpServer on the same Qt, in the same run, doing the least a key
// server must do. GET /healthz answers a fixed JSON body (hello world); GET
// /api/Token/generate-from-apikey looks the x-api-key's SHA-256 digest up in
// a hash table and answers a JWT in the success envelope: HS256 (OpenSSL's
// HMAC, keyed once) or, given ALG, RS256/ES256/EdDSA (EVP_DigestSign with a
// key made at start). The claims and the envelope are serialized once, each
// token and answer filling in what is its own. No store, no worker pool, no
// limits, no logging.
//   keyward-bench-baseline PORT [ALG]   (the key to accept is read from stdin)
#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <memory>

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Signs JWTs with one algorithm: HS256 with a fixed secret, the others with
// a key pair generated at start.
class Signer {
public:
    explicit Signer(const QString &alg)
        : m_alg(alg)
    {
        if (alg == QLatin1String("RS256"))
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        else if (alg == QLatin1String("ES256"))
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        else if (alg == QLatin1String("EdDSA"))
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        else
            keyHmac();
        const QJsonObject header{{QStringLiteral("alg"), alg},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")}};
        m_header = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    }
    bool valid() const { return m_alg == QLatin1String("HS256") || m_key; }

    QByteArray token(const QByteArray &claims) const
    {
        const QByteArray input = m_header + '.' + base64Url(claims);
        return input + '.' + base64Url(signature(input));
    }

private:
    // HMAC-SHA256 keyed once and duplicated per signature, as Keyward does.
    void keyHmac()
    {
        EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        m_hmac.reset(EVP_MAC_CTX_new(hmac));
        EVP_MAC_free(hmac);
        char digest[] = "SHA256";
        const OSSL_PARAM parameters[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
        const auto *secret = reinterpret_cast<const unsigned char *>(m_secret.constData());
        EVP_MAC_init(m_hmac.get(), secret, size_t(m_secret.size()), parameters);
    }

    QByteArray signature(const QByteArray &input) const
    {
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        if (!m_key) {
            const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context(
                EVP_MAC_CTX_dup(m_hmac.get()), EVP_MAC_CTX_free);
            unsigned char mac[EVP_MAX_MD_SIZE];
            size_t length = 0;
            EVP_MAC_update(context.get(), data, size_t(input.size()));
            EVP_MAC_final(context.get(), mac, &length, sizeof mac);
            return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length));
        }
        const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                              EVP_MD_CTX_free);
        const EVP_MD *digest = m_alg == QLatin1String("EdDSA") ? nullptr : EVP_sha256();
        size_t length = 0;
        EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, m_key.get());
        EVP_DigestSign(context.get(), nullptr, &length, data, size_t(input.size()));
        QByteArray out(qsizetype(length), Qt::Uninitialized);
        auto *bytes = reinterpret_cast<unsigned char *>(out.data());
        EVP_DigestSign(context.get(), bytes, &length, data, size_t(input.size()));
        out.resize(qsizetype(length));
        if (m_alg != QLatin1String("ES256"))
            return out;
        // JWS wants R || S (32 bytes each), not OpenSSL's DER.
        const unsigned char *der = bytes;
        const std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> parsed(
            d2i_ECDSA_SIG(nullptr, &der, long(length)), ECDSA_SIG_free);
        QByteArray raw(64, Qt::Uninitialized);
        auto *rs = reinterpret_cast<unsigned char *>(raw.data());
        BN_bn2binpad(ECDSA_SIG_get0_r(parsed.get()), rs, 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(parsed.get()), rs + 32, 32);
        return raw;
    }

    const QString m_alg;
    const QByteArray m_secret = QByteArray(32, 'k');
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key{nullptr, EVP_PKEY_free};
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> m_hmac{nullptr, EVP_MAC_CTX_free};
    QByteArray m_header;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = false;
    const quint16 port = arguments.size() >= 2 ? arguments.at(1).toUShort(&ok) : 0;
    const Signer signer(arguments.size() == 3 ? arguments.at(2) : QStringLiteral("HS256"));
    if (!ok || arguments.size() > 3 || !signer.valid()) {
        QTextStream(stderr)
            << "usage: keyward-bench-baseline PORT [HS256|RS256|ES256|EdDSA]  (the key on stdin)\n";
        return 2;
    }
    const QByteArray key = QTextStream(stdin).readLine().trimmed().toUtf8();
    const QHash<QByteArray, qint64> keys{
        {QCryptographicHash::hash(key, QCryptographicHash::Sha256), 1}};

    // What every token and every answer say alike is serialized once, as
    // Keyward does (FixedClaims, JsonSlot): a token adds its times, the
    // answer its token, none of which needs escaping.
    const auto serialized = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QByteArray fixedClaims =
        serialized({{QStringLiteral("sub"), QStringLiteral("key:1")},
                    {QStringLiteral("tid"), 1},
                    {QStringLiteral("scope"), QStringLiteral("token:generate")},
                    {QStringLiteral("iss"), QStringLiteral("keyward")}})
            .chopped(1);
    const QByteArray envelope =
        serialized({{QStringLiteral("success"), true},
                    {QStringLiteral("data"), QStringLiteral("TOKEN")},
                    {QStringLiteral("message"), QStringLiteral("Token generated successfully")}});
    const QByteArray beforeToken = envelope.first(envelope.indexOf("TOKEN"));
    const QByteArray afterToken = envelope.sliced(envelope.indexOf("TOKEN") + 5);

    QHttpServer server;
    server.route(QStringLiteral("/healthz"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    server.route(
        QStringLiteral("/api/Token/generate-from-apikey"), [&](const QHttpServerRequest &request) {
            const auto found = keys.constFind(QCryptographicHash::hash(
                request.value(QByteArrayLiteral("x-api-key")), QCryptographicHash::Sha256));
            if (found == keys.constEnd())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QByteArray claims = fixedClaims + ",\"iat\":" + QByteArray::number(now) +
                                      ",\"exp\":" + QByteArray::number(now + 3600) + '}';
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                       beforeToken + signer.token(claims) + afterToken);
        });
    if (server.listen(QHostAddress::LocalHost, port) != port) {
        QTextStream(stderr) << "keyward-bench-baseline: cannot listen on port " << port << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening on " << port << Qt::endl;
    return app.exec();
}
