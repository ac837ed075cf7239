// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QString>

namespace keyward {

// Where the store lives, parsed from `--db`: a SQLite file path, or a
// postgresql:// URL in libpq's URI form (query parameters such as host,
// sslmode and connect_timeout are passed through as connection options).
struct DatabaseUrl {
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions;

    static Result<DatabaseUrl, QString> parse(const QString &text);
    // The location without the password, safe for logs and error messages.
    QString redacted() const;
};

} // namespace keyward
