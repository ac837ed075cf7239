// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "crypto/JwtAlgorithm.h"

namespace keyward {

QString jwtAlgorithmName(JwtAlgorithm algorithm)
{
    switch (algorithm) {
    case JwtAlgorithm::HS256:
        return QStringLiteral("HS256");
    case JwtAlgorithm::ES256:
        return QStringLiteral("ES256");
    case JwtAlgorithm::EdDSA:
        return QStringLiteral("EdDSA");
    case JwtAlgorithm::RS256:
        return QStringLiteral("RS256");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<JwtAlgorithm> jwtAlgorithmFromName(QStringView name)
{
    for (const JwtAlgorithm algorithm :
         {JwtAlgorithm::HS256, JwtAlgorithm::ES256, JwtAlgorithm::EdDSA, JwtAlgorithm::RS256}) {
        if (name == jwtAlgorithmName(algorithm))
            return algorithm;
    }
    return std::nullopt;
}

} // namespace keyward
