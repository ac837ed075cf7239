// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// `keyward token --api-key KEY`: exchanges a key for a JWT exactly as
// GET /api/Token/generate-from-apikey does, without HTTP.
namespace TokenCommand {
int run(const QStringList &arguments);
}
