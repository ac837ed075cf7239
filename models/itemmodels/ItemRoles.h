// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Qt>

namespace keyward {

// The roles every Keyward item model answers besides Qt's own. The models
// stay QtCore-only, so they say *what* a cell means (muted, a warning) and
// the views decide how that looks in the current palette.
struct ItemRoles {
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's database id (qint64)
        SortRole,                  // a value that sorts naturally (numbers, msecs)
        EmphasisRole,              // an ItemRoles::Emphasis
        FirstModelRole = Qt::UserRole + 32,
    };
    enum class Emphasis { Normal, Muted, Warning, Critical };
};

} // namespace keyward
