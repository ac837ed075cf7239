// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward key list|create|disable|enable|rotate|delete`: API keys, as the
// local operator; a created key's secret is printed this once.
namespace KeyCommand {
int run(const QStringList &arguments);
}
