// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward scan PATH...`: Keyward keys left in files, what each is in the
// store, and with --revoke the live ones disabled.
namespace ScanCommand {
int run(const QStringList &arguments);
}
