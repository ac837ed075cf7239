// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace keyward {

// The 256-bit key that seals signing keys and publishable key values at rest.
// Taken from KEYWARD_MASTER_KEY when set, else from a mode-0600 file created
// with a fresh random key on first start.
class MasterKey {
public:
    static constexpr int Length = 32;

    // 64 hex digits, or base64/base64url of 32 bytes.
    static Result<QByteArray, QString> parse(QByteArrayView text);
    // The key in keyFile, made (0600) on first use.
    static Result<QByteArray, QString> fromFile(const QString &keyFile);
};

} // namespace keyward
