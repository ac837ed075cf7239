// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QVariant>

#include <optional>

namespace keyward {

// Where keyset paging resumes: the last row's value in the list's order and
// its id, which breaks ties.
struct PageKey {
    QVariant value;
    qint64 id = 0;
};

// Which slice of a list a caller asked for: page numbers start at 1; with
// `after`, the page that follows that row instead (keyset paging: rows
// removed meanwhile move nothing, so none is skipped).
struct PageRequest {
    PageRequest() = default;
    PageRequest(int number, int size, std::optional<PageKey> resumeAfter = std::nullopt)
        : page(number)
        , pageSize(size)
        , after(std::move(resumeAfter))
    {}

    int page = 1;
    int pageSize = 20;
    std::optional<PageKey> after;
    // Stop counting the rows past this many (0: count them all): a console
    // search needs "more than 1,000", not the exact count of 20,000 matches.
    qint64 countAtMost = 0;

    static constexpr int maxPageSize = 500;
    qint64 offset() const { return qint64(page - 1) * pageSize; }
};

// One slice of a list and how many items there are in all.
template <typename T> struct Page {
    QList<T> items;
    qint64 totalCount = 0;
    int page = 1;
    int pageSize = 20;
    std::optional<PageKey> last; // of the last item: ask for what comes after it
    bool moreThanTotal = false;  // counting stopped at totalCount (countAtMost)
};

} // namespace keyward
