// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SigningKey.h"

#include <QJsonObject>
#include <QList>

namespace keyward::Jwks {

// The JWK Set served at /.well-known/jwks.json: {"keys": [publicJwk...]}. Symmetric (HS256) keys
// are skipped: publishing them would hand out the signing secret.
QJsonObject publish(const QList<SigningKey> &keys);

} // namespace keyward::Jwks
