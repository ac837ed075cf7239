// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace keyward {

// The orders the audit trail can be read in, sorted by the store so that a
// long trail is in order as a whole, not page by page. Actor, tenant, action
// and target sort by what is stored ("user:3", the tenant's id,
// "apikey.update"), so one actor's, one tenant's or one kind of event comes
// together.
struct AuditSort {
    enum class By { Time, Actor, Tenant, Action, Target, Source, Detail };
    By by = By::Time;
    bool descending = true; // the natural order: newest first
};

} // namespace keyward
