// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// Where a desktop Keyward keeps its master key: KEYWARD_MASTER_KEY when set,
// else the OS keychain (through QtKeychain) when one answers, else the 0600
// file, with one log line saying why. A key already in the file is moved
// into the keychain the first time one is available, so nothing is lost.
class MasterKeyVault {
public:
    struct Loaded {
        QByteArray key;
        QString source; // "environment", "keychain" or the file's path
    };

    // entry: the keychain entry's name (one per database); fallbackFile: the
    // 0600 file used when there is no keychain.
    static keyward::Result<Loaded, QString> load(const QString &entry, const QString &fallbackFile);
};
