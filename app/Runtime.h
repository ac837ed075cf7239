// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "crypto/JwtAlgorithm.h"
#include "network/SubnetAllowList.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace keyward {

class Database;
class Services;

// The composition root: opens the store, loads the master key, builds the
// domain services and runs first-start set-up. The GUI, `serve` and the
// admin commands all start from one of these.
class Runtime {
public:
    struct Settings {
        QString databaseLocation; // path or postgresql:// URL; empty: the default file
        QString masterKeyFile;    // empty: beside the SQLite file, or in the data directory
        // Asked for on the command line: a new store's algorithm. A store
        // with keys signs with its own (a different one is warned about).
        std::optional<JwtAlgorithm> algorithm;
        QString issuer;   // tokens' iss; empty: "keyward"
        QString audience; // access tokens' aud; empty: the issuer
        // Finds the master key, given the keychain entry's name and the key
        // file. Unset: KEYWARD_MASTER_KEY, else the file (`serve`, often
        // without a session bus); the console looks in the OS keychain first.
        std::function<Result<QByteArray, QString>(const QString &entry, const QString &file)>
            loadMasterKey;
    };

    static Result<std::unique_ptr<Runtime>, QString> open(const Settings &settings);
    ~Runtime();

    Services &services() { return *m_services; }
    static QString defaultDatabasePath();

private:
    Runtime() = default;

    SubnetAllowList m_networks;
    std::unique_ptr<Services> m_services;
};

} // namespace keyward
