// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>

namespace keyward {

// The orders a list of keys can be read in, sorted by the store so that a
// long list is in order as a whole, not page by page.
struct KeySort {
    enum class By {
        Created, // the natural order: by id
        Label,   // case-insensitively
        Kind,    // client credential, JWT key, secret key, tenant key
        Prefix,
        Status, // active, superseded, expired, disabled (judged at `at`)
        Permissions,
        Networks,
        Expires,  // soonest first; never last
        LastUsed, // never first
        Uses,
    };
    By by = By::Created;
    bool descending = false;
    QDateTime at; // when Status is judged; set by KeyService
};

} // namespace keyward
