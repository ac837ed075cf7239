// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

namespace keyward {

// Which slice of a list a caller asked for; page numbers start at 1.
struct PageRequest {
    int page = 1;
    int pageSize = 20;

    static constexpr int maxPageSize = 500;
    qint64 offset() const { return qint64(page - 1) * pageSize; }
};

// One slice of a list and how many items there are in all.
template <typename T> struct Page {
    QList<T> items;
    qint64 totalCount = 0;
    int page = 1;
    int pageSize = 20;
};

} // namespace keyward
