// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace keyward {

class Database;

// A JWT signing key as stored: the private part sealed under the master key.
// `active` signs new tokens; `retiring` still verifies tokens it signed.
struct StoredSigningKey {
    qint64 id = 0;
    QString kid;
    QString algorithm;
    QByteArray sealedPrivateKey;
    QString status;
    QDateTime createdAt;
    QDateTime retiredAt;
};

// The signing_keys table.
class SigningKeyRepository {
public:
    explicit SigningKeyRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> insert(const StoredSigningKey &key) const;
    // Active and retiring keys of every algorithm: active first (the oldest
    // of them, should two algorithms be active), then retiring, newest first.
    Result<QList<StoredSigningKey>, StoreError> usable() const;
    // Every key of every algorithm, newest first.
    Result<QList<StoredSigningKey>, StoreError> all() const;
    // The active keys become retiring; how many rows changed.
    Result<int, StoreError> demoteActive() const;
    // Retiring keys become retired: the one named by kid, or all when kid is
    // empty; how many rows changed.
    Result<int, StoreError> retire(const QString &kid, const QDateTime &at) const;

private:
    const Database &m_database;
};

} // namespace keyward
