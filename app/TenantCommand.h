// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward tenant list|create NAME|update ID`: tenants, as the local operator.
namespace TenantCommand {
int run(const QStringList &arguments);
}
