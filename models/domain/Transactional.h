// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/DomainError.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace keyward {

// Runs `body` (returning Outcome<T>) inside one write transaction on this
// thread's connection: committed when it succeeds, rolled back when it
// refuses or fails, so a mutation and its audit event land together or not
// at all. A committed change tells this process's caches (StoreChanges).
template <typename Body>
auto inWriteTransaction(const Database &database, Body &&body) -> decltype(body())
{
    WriteTransaction transaction(database);
    if (!transaction.started())
        return DomainError::unavailable(
            StoreError::failure(QStringLiteral("cannot begin a transaction")));
    auto outcome = body();
    if (!outcome)
        return outcome;
    if (auto committed = transaction.commit(); !committed)
        return DomainError::unavailable(committed.error());
    database.changes().noteCommitted();
    return outcome;
}

} // namespace keyward
