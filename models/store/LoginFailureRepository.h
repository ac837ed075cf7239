// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/StoreError.h"

#include <optional>

namespace keyward {

class Database;

// The login_failures table: recent login attempts not (yet) known to have
// succeeded, per subject (a digest of an account or a source address),
// shared by every instance on the store. Times are epoch milliseconds. The
// reads and writes run inside the caller's write transaction, which holds
// SqlDialect::Lock::LoginAttempts.
class LoginFailureRepository {
public:
    struct Entry {
        qint64 failures = 0;
        qint64 blockedUntil = 0; // 0: not blocked
    };

    explicit LoginFailureRepository(const Database &database)
        : m_database(database)
    {}

    // The subject's entry, unless its last attempt was before `since`.
    Result<std::optional<Entry>, StoreError> find(const QString &subject, qint64 since) const;
    Result<Ok, StoreError> save(const QString &subject, const Entry &entry, qint64 at) const;
    Result<Ok, StoreError> forget(const QString &subject) const;
    // Removes every subject whose last attempt was before `before`.
    Result<Ok, StoreError> forgetBefore(qint64 before) const;

private:
    const Database &m_database;
};

} // namespace keyward
