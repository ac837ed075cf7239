// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SigningKey.h"

#include <QList>

namespace keyward {

// Fixed signing keys of every JWS algorithm, for fuzzing only: fixed so that
// the committed seed tokens (written by fuzz_jwt_seeds) verify on every run.
// kids are "fuzz-hs256", "fuzz-es256", "fuzz-eddsa" and "fuzz-rs256".
const QList<SigningKey> &fuzzSigningKeys();

// The time the JWT target verifies at (2025-06-15); the seed tokens expire long after it.
inline constexpr qint64 FuzzNow = 1750000000;

} // namespace keyward
