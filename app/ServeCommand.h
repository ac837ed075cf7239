// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward serve`: the HTTP API without a window, until SIGINT or SIGTERM.
namespace ServeCommand {

int run(const QStringList &arguments);

} // namespace ServeCommand
