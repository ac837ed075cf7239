// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward audit [--tenant ID] [--limit N]`: the newest audit events.
namespace AuditCommand {
int run(const QStringList &arguments);
}
