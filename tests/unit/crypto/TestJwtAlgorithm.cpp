// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/JwtAlgorithm.h"

#include <QTest>

using namespace keyward;

class TestJwtAlgorithm : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void rejectsOtherNames();
};

void TestJwtAlgorithm::namesRoundTrip()
{
    QCOMPARE(jwtAlgorithmName(JwtAlgorithm::HS256), QStringLiteral("HS256"));
    QCOMPARE(jwtAlgorithmName(JwtAlgorithm::ES256), QStringLiteral("ES256"));
    QCOMPARE(jwtAlgorithmName(JwtAlgorithm::EdDSA), QStringLiteral("EdDSA"));
    QCOMPARE(jwtAlgorithmName(JwtAlgorithm::RS256), QStringLiteral("RS256"));
    for (const JwtAlgorithm algorithm :
         {JwtAlgorithm::HS256, JwtAlgorithm::ES256, JwtAlgorithm::EdDSA, JwtAlgorithm::RS256})
        QCOMPARE(jwtAlgorithmFromName(jwtAlgorithmName(algorithm)), std::optional(algorithm));
}

void TestJwtAlgorithm::rejectsOtherNames()
{
    for (const QString &name :
         {QStringLiteral("none"), QStringLiteral("None"), QStringLiteral(""),
          QStringLiteral("hs256"), QStringLiteral("HS384"), QStringLiteral("Ed25519"),
          QStringLiteral("EDDSA"), QStringLiteral("RS256 "), QStringLiteral("PS256")})
        QVERIFY2(!jwtAlgorithmFromName(name).has_value(), qPrintable(name));
}

QTEST_APPLESS_MAIN(TestJwtAlgorithm)
#include "TestJwtAlgorithm.moc"
