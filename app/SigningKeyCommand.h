// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward signing-key list | rotate | retire [KID] [--force]`: the JWT
// signing keys, and their rotation for every instance sharing the store.
namespace SigningKeyCommand {
int run(const QStringList &arguments);
}
