// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace keyward {

// Owns how user passwords are stored: scrypt (EVP_PBE_scrypt) in a self-describing encoding
// "$scrypt$ln=14,r=8,p=5$<salt>$<hash>" (standard base64, unpadded), so parameters can be raised
// later without invalidating stored hashes. Current parameters are one of the OWASP Password
// Storage Cheat Sheet scrypt sets: N=2^14, r=8, p=5 (16 MiB, five passes).
// Each call costs tens of milliseconds of CPU: never call it on the HTTP event loop.
class PasswordHasher {
public:
    static constexpr int CurrentLogN = 14;
    static constexpr int CurrentR = 8;
    static constexpr int CurrentP = 5;
    static constexpr int SaltLength = 16;
    static constexpr int HashLength = 32;

    static QString hash(QStringView password);

    // Parameters come from the encoding; absurd ones (ln > 20, r * p > 64, more than 1 GiB of
    // scrypt memory) and any malformed encoding yield false. The final compare is constant-time.
    static bool verify(QStringView password, QStringView encoded);

    // True when `encoded` is malformed or weaker than the current parameters in memory (N * r),
    // work (N * r * p), salt length or hash length: the caller re-hashes after a successful login.
    static bool needsRehash(QStringView encoded);
};

} // namespace keyward
