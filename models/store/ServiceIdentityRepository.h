// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/ServiceIdentity.h"
#include "store/StoreError.h"

#include <optional>

namespace keyward {

class Database;

// The services table.
class ServiceIdentityRepository {
public:
    explicit ServiceIdentityRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> insert(const ServiceIdentity &service) const;
    Result<std::optional<ServiceIdentity>, StoreError> findByUuid(const QString &uuid) const;

private:
    const Database &m_database;
};

} // namespace keyward
