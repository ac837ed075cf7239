// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QString>

namespace keyward {

class Services;

// First start on an empty store: the default tenant (with its tenant key)
// and, when configured, a SuperAdmin. Safe when several instances start
// together on one PostgreSQL: they serialise on the schema lock.
class Bootstrap {
public:
    struct Settings {
        QString tenantName = QStringLiteral("Default");
        QString adminEmail;
        QString adminPassword;
    };

    static Result<Ok, QString> ensureDefaults(const Services &services, const Settings &settings);
};

} // namespace keyward
