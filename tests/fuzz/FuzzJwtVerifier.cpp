// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Fuzzes JwtVerifier::verify, the parser every bearer token meets first,
// against a fixed ring with one key of each algorithm (FuzzSigningKeys).
//
// The first byte picks the mode and the pinned algorithm; the rest is:
//   mode 0  a whole token, verified by all four verifiers: at most one may
//           accept it, and an accepted token has a numeric exp not yet past;
//           a verifier holding every key accepts it exactly when one does.
//   mode 1  "<header JSON>\n<claims JSON>", signed here with the pinned key,
//           so the fuzzer reaches the kid lookup, the signature check and the
//           claims: a genuine signature is never BadSignature, and once it
//           has been accepted, the same token with one signature bit flipped
//           must be BadSignature.
//   mode 2  claims JSON through JwtSigner: a token the signer issues verifies
//           (unless its exp/nbf say otherwise) and gives back its claims.
#include "FuzzCheck.h"
#include "FuzzSigningKeys.h"
#include "crypto/Base64Url.h"
#include "crypto/JwtSigner.h"
#include "crypto/JwtVerifier.h"

#include <QJsonDocument>

#include <array>
#include <cstddef>
#include <cstdint>

using namespace keyward;

namespace {

constexpr int AlgorithmCount = 4;

const std::array<JwtVerifier, AlgorithmCount> &verifiers()
{
    static const std::array<JwtVerifier, AlgorithmCount> all{
        JwtVerifier(JwtAlgorithm::HS256, fuzzSigningKeys()),
        JwtVerifier(JwtAlgorithm::ES256, fuzzSigningKeys()),
        JwtVerifier(JwtAlgorithm::EdDSA, fuzzSigningKeys()),
        JwtVerifier(JwtAlgorithm::RS256, fuzzSigningKeys()),
    };
    return all;
}

void checkAccepted(const Result<QJsonObject, JwtError> &result)
{
    if (!result)
        return;
    const QJsonValue exp = result->value(QLatin1String("exp"));
    fuzzCheck(exp.isDouble(), "an accepted token has a numeric exp");
    fuzzCheck(static_cast<double>(FuzzNow) < exp.toDouble() + 60.0,
              "an accepted token has not expired");
}

void verifyRawToken(QByteArrayView token)
{
    int accepted = 0;
    for (const JwtVerifier &verifier : verifiers()) {
        const auto result = verifier.verify(token, FuzzNow);
        checkAccepted(result);
        accepted += result ? 1 : 0;
    }
    fuzzCheck(accepted <= 1, "one token is accepted under one pinned algorithm at most");
    // A ring holding every algorithm (a store moving between them) accepts
    // exactly what the verifier pinned to the token's algorithm accepts.
    static const JwtVerifier everyAlgorithm(fuzzSigningKeys());
    const auto mixed = everyAlgorithm.verify(token, FuzzNow);
    checkAccepted(mixed);
    fuzzCheck(bool(mixed) == (accepted == 1), "a mixed ring accepts what one pinned verifier does");
}

void verifySignedPieces(int algorithm, QByteArrayView pieces, quint8 selector)
{
    const qsizetype newline = pieces.indexOf('\n');
    const QByteArrayView header = newline < 0 ? pieces : pieces.first(newline);
    const QByteArrayView claims = newline < 0 ? QByteArrayView() : pieces.sliced(newline + 1);
    const SigningKey &key = fuzzSigningKeys().at(algorithm);

    const QByteArray signingInput = Base64Url::encode(header) + '.' + Base64Url::encode(claims);
    QByteArray signature = key.sign(signingInput);
    fuzzCheck(!signature.isEmpty(), "the fixed key signs");
    const JwtVerifier &verifier = verifiers()[algorithm];
    const auto result = verifier.verify(signingInput + '.' + Base64Url::encode(signature), FuzzNow);
    checkAccepted(result);
    fuzzCheck(result || result.error() != JwtError::BadSignature,
              "a genuine signature by the key the kid names verifies");

    const bool signatureChecked =
        result || result.error() == JwtError::Expired || result.error() == JwtError::NotYetValid;
    if (!signatureChecked)
        return;
    const int bit = selector % (signature.size() * 8);
    signature[bit / 8] = static_cast<char>(signature[bit / 8] ^ (1 << (bit % 8)));
    const auto tampered =
        verifier.verify(signingInput + '.' + Base64Url::encode(signature), FuzzNow);
    fuzzCheck(!tampered && tampered.error() == JwtError::BadSignature,
              "a token with one signature bit flipped is BadSignature");
}

void verifyIssued(int algorithm, QByteArrayView claimsJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(claimsJson.toByteArray());
    if (!document.isObject())
        return;
    const QJsonObject claims = document.object();
    // What the signer writes, read back: the claims a verifier can return.
    const QJsonObject written =
        QJsonDocument::fromJson(QJsonDocument(claims).toJson(QJsonDocument::Compact)).object();
    const QByteArray token = JwtSigner(fuzzSigningKeys().at(algorithm)).sign(claims);
    fuzzCheck(!token.isEmpty(), "the signer issues a token");
    const auto result = verifiers()[algorithm].verify(token, FuzzNow);
    checkAccepted(result);
    if (token.size() > JwtVerifier::MaxTokenLength)
        return;
    if (result) {
        fuzzCheck(*result == written, "an issued token gives back the claims it was signed with");
        return;
    }
    const JwtError error = result.error();
    fuzzCheck(error == JwtError::Malformed || error == JwtError::Expired ||
                  error == JwtError::NotYetValid,
              "an issued token is refused for its claims only");
    if (error == JwtError::Malformed) {
        const QJsonValue exp = written.value(QLatin1String("exp"));
        const QJsonValue nbf = written.value(QLatin1String("nbf"));
        fuzzCheck(!exp.isDouble() || !(nbf.isUndefined() || nbf.isDouble()),
                  "an issued token with numeric exp (and nbf) is not Malformed");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    verifiers(); // loads the keys once, outside the timed iterations
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const quint8 selector = data[0];
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1),
                              static_cast<qsizetype>(size - 1));
    const int algorithm = (selector / 3) % AlgorithmCount;
    switch (selector % 3) {
    case 0:
        verifyRawToken(rest);
        break;
    case 1:
        verifySignedPieces(algorithm, rest, selector);
        break;
    default:
        verifyIssued(algorithm, rest);
        break;
    }
    return 0;
}
