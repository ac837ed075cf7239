// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUuid>

namespace keyward {

// A random (version 4) UUID from the OpenSSL CSPRNG, for the identifiers
// made on every request: a token's jti, a request's id. QUuid::createUuid()
// asks the CPU (RDRAND) for each few bytes and took 4 % of an exchange;
// this draws 1 KiB at a time into a buffer of the calling thread and takes
// 16 bytes of it (about 20 ns). The bytes are unpredictable, but they wait
// in memory until used: never use this for secrets (Digest::randomBytes).
QUuid randomUuid();

} // namespace keyward
