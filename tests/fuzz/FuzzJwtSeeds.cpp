// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Writes the seed inputs of fuzz_jwt_verifier into a directory: tokens signed
// by the fixed fuzz keys (FuzzSigningKeys), in the input layout that
// FuzzJwtVerifier.cpp documents. Run once by hand when that layout changes:
//   build/fuzz/tests/fuzz/fuzz_jwt_seeds tests/fuzz/corpus/fuzz_jwt_verifier
#include "FuzzSigningKeys.h"
#include "crypto/Base64Url.h"
#include "crypto/JwtSigner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace keyward;

namespace {

constexpr qint64 Year2100 = 4102444800;

enum Mode : char { RawToken = 0, SignedPieces = 1, IssuedClaims = 2 };

bool write(const QDir &directory, const QString &name, int algorithm, Mode mode,
           const QByteArray &rest)
{
    QFile file(directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const char selector = static_cast<char>(algorithm * 3 + mode);
    return file.write(QByteArray(1, selector) + rest) == rest.size() + 1;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_jwt_seeds DIRECTORY\n");
        return 2;
    }
    const QDir directory(QString::fromLocal8Bit(argv[1]));
    const QJsonObject valid{{QStringLiteral("sub"), QStringLiteral("user:1")},
                            {QStringLiteral("tid"), 1},
                            {QStringLiteral("iat"), FuzzNow - 10},
                            {QStringLiteral("nbf"), FuzzNow - 10},
                            {QStringLiteral("exp"), Year2100},
                            {QStringLiteral("jti"), QStringLiteral("0f5e0c1d")}};
    QJsonObject expired = valid;
    expired.insert(QStringLiteral("exp"), FuzzNow - 3600);
    QJsonObject early = valid;
    early.insert(QStringLiteral("nbf"), FuzzNow + 3600);

    bool ok = true;
    for (int algorithm = 0; algorithm < fuzzSigningKeys().size(); ++algorithm) {
        const SigningKey &key = fuzzSigningKeys().at(algorithm);
        const JwtSigner signer(key);
        const QString alg = jwtAlgorithmName(key.algorithm()).toLower();
        const QJsonObject header{{QStringLiteral("alg"), jwtAlgorithmName(key.algorithm())},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")},
                                 {QStringLiteral("kid"), key.kid()}};
        ok &= write(directory, QStringLiteral("token-%1-valid").arg(alg), algorithm, RawToken,
                    signer.sign(valid));
        ok &= write(directory, QStringLiteral("token-%1-expired").arg(alg), algorithm, RawToken,
                    signer.sign(expired));
        ok &= write(directory, QStringLiteral("token-%1-not-yet-valid").arg(alg), algorithm,
                    RawToken, signer.sign(early));
        ok &= write(directory, QStringLiteral("pieces-%1-valid").arg(alg), algorithm, SignedPieces,
                    compact(header) + '\n' + compact(valid));
        ok &= write(directory, QStringLiteral("claims-%1-valid").arg(alg), algorithm, IssuedClaims,
                    compact(valid));
    }
    // Header tricks: alg "none", an unknown critical extension, a missing kid.
    const QByteArray claims = Base64Url::encode(compact(valid));
    ok &= write(directory, QStringLiteral("token-alg-none"), 0, RawToken,
                Base64Url::encode(R"({"alg":"none","typ":"JWT"})") + '.' + claims + '.');
    ok &= write(directory, QStringLiteral("pieces-crit"), 0, SignedPieces,
                R"({"alg":"HS256","kid":"fuzz-hs256","crit":["exp"]})"
                "\n" +
                    compact(valid));
    ok &= write(directory, QStringLiteral("pieces-no-kid"), 1, SignedPieces,
                R"({"alg":"ES256"})"
                "\n" +
                    compact(valid));
    if (!ok) {
        std::fprintf(stderr, "fuzz_jwt_seeds: cannot write into %s\n", argv[1]);
        return 1;
    }
    return 0;
}
