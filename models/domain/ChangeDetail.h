// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/ApiKey.h"
#include "entities/Tenant.h"
#include "entities/User.h"

namespace keyward {

// What an update changed, for its audit event: one `field: before → after`
// per changed field, joined by "; " (`status: ACTIVE → DISABLED; name:
// "ingest" → "ingest-eu"`). Stored words, not translated: scripts and the
// API read the audit log too. Free text (names, descriptions, emails) is
// quoted as a JSON string, so a "; " or a newline typed in it reads as
// text. A password is said to have changed, never shown; an update that
// changed nothing reads "no change".
namespace ChangeDetail {

QString of(const ApiKey &before, const ApiKey &after);
QString of(const Tenant &before, const Tenant &after);
QString of(const User &before, const User &after);

} // namespace ChangeDetail

} // namespace keyward
