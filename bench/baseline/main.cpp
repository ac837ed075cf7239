// The reference Keyward's serving figures are measured against (bench/run.sh):
// a bare QHttpServer on the same Qt, in the same run, doing the least a key
// server must do. GET /healthz answers a fixed JSON body (hello world); GET
// /api/Token/generate-from-apikey looks the x-api-key's SHA-256 digest up in
// a hash table and answers an HS256 JWT (OpenSSL HMAC) in family A's
// envelope. No store, no worker pool, no limits, no logging.
//   keyward-bench-baseline PORT   (the key to accept is read from stdin)
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

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hs256(const QByteArray &secret, const QJsonObject &claims)
{
    static const QByteArray header =
        base64Url(QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                            {QStringLiteral("typ"), QStringLiteral("JWT")}})
                      .toJson(QJsonDocument::Compact));
    const QByteArray input =
        header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
         &length);
    return input + '.' + base64Url(QByteArray(reinterpret_cast<const char *>(mac), int(length)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    bool ok = false;
    const quint16 port = arguments.size() == 2 ? arguments.at(1).toUShort(&ok) : 0;
    if (!ok) {
        QTextStream(stderr) << "usage: keyward-bench-baseline PORT  (the key on stdin)\n";
        return 2;
    }
    const QByteArray key = QTextStream(stdin).readLine().trimmed().toUtf8();
    const QHash<QByteArray, qint64> keys{
        {QCryptographicHash::hash(key, QCryptographicHash::Sha256), 1}};
    const QByteArray secret(32, 'k');

    QHttpServer server;
    server.route(QStringLiteral("/healthz"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    server.route(
        QStringLiteral("/api/Token/generate-from-apikey"),
        [&keys, &secret](const QHttpServerRequest &request) {
            const auto found = keys.constFind(QCryptographicHash::hash(
                request.value(QByteArrayLiteral("x-api-key")), QCryptographicHash::Sha256));
            if (found == keys.constEnd())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QByteArray token =
                hs256(secret, {{QStringLiteral("sub"), QStringLiteral("key:%1").arg(*found)},
                               {QStringLiteral("tid"), 1},
                               {QStringLiteral("scope"), QStringLiteral("token:generate")},
                               {QStringLiteral("iss"), QStringLiteral("keyward")},
                               {QStringLiteral("iat"), now},
                               {QStringLiteral("exp"), now + 3600}});
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("success"), true},
                {QStringLiteral("data"), QString::fromLatin1(token)},
                {QStringLiteral("message"), QStringLiteral("Token generated successfully")}});
        });
    if (server.listen(QHostAddress::LocalHost, port) != port) {
        QTextStream(stderr) << "keyward-bench-baseline: cannot listen on port " << port << '\n';
        return 1;
    }
    QTextStream(stdout) << "listening on " << port << Qt::endl;
    return app.exec();
}
