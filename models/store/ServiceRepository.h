// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Service.h"
#include "store/StoreError.h"

#include <optional>

namespace keyward {

class Database;

// The services table.
class ServiceRepository {
public:
    explicit ServiceRepository(const Database &database)
        : m_database(database)
    {}

    Result<qint64, StoreError> insert(const Service &service) const;
    Result<std::optional<Service>, StoreError> findByUuid(const QString &uuid) const;

private:
    const Database &m_database;
};

} // namespace keyward
