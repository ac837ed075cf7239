// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace keyward {

// The orders a list of users can be read in, sorted by the store so that a
// long list is in order as a whole, not page by page.
struct UserSort {
    enum class By {
        Created, // the natural order: by id
        Email,   // case-insensitively
        Role,    // SuperAdmin, Admin, User
        Status,  // active first
    };
    By by = By::Created;
    bool descending = false;
};

} // namespace keyward
