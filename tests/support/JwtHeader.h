// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace keyward {

// The decoded header of a compact JWT, unverified: for asserting what a token
// says of itself; empty when it is not one.
QJsonObject jwtHeader(const QByteArray &token);
// Its claims, unverified.
QJsonObject jwtClaims(const QByteArray &token);
// Its kid: which signing key it names.
QString jwtKid(const QByteArray &token);

} // namespace keyward
