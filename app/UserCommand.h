// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward user list|create|update`: users, as the local operator.
namespace UserCommand {
int run(const QStringList &arguments);
}
