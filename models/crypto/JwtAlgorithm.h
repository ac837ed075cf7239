// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace keyward {

// The JWS algorithms Keyward signs with (RFC 7518 / RFC 8037 names).
enum class JwtAlgorithm { HS256, ES256, EdDSA, RS256 };

// "HS256", "ES256", "EdDSA", "RS256": the header "alg" and the JWK "alg" value.
QString jwtAlgorithmName(JwtAlgorithm algorithm);

// Exact, case-sensitive match as JWS requires; anything else (including "none") is nullopt.
std::optional<JwtAlgorithm> jwtAlgorithmFromName(QStringView name);

} // namespace keyward
