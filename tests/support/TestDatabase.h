// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace keyward {

// A fresh, migrated, empty database on the backend this test run was
// registered for (KEYWARD_TEST_BACKEND: sqlite or postgresql). PostgreSQL
// databases are created in the throwaway cluster named by KEYWARD_TEST_PG_URL.
class TestDatabase {
public:
    static DatabaseUrl::Backend backend();
    static QString backendName();

    TestDatabase();
    ~TestDatabase();

    const std::shared_ptr<Database> &database() const { return m_database; }
    const DatabaseUrl &url() const { return m_url; }
    // The location string `keyward --db` takes for this database.
    QString location() const;

private:
    QTemporaryDir m_directory;
    DatabaseUrl m_url;
    std::shared_ptr<Database> m_database;
};

} // namespace keyward
