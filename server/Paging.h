// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "entities/Page.h"

#include <QUrlQuery>

namespace keyward {

// `page` and `pageSize` from a list endpoint's query string: page from 1,
// pageSize from 1 to PageRequest::maxPageSize (default 20).
Result<PageRequest, QString> pageFromQuery(const QUrlQuery &query);

// An optional positive integer query parameter: nullopt when absent, an
// error sentence when present but not a positive integer.
Result<std::optional<qint64>, QString> optionalIdFromQuery(const QUrlQuery &query,
                                                           const QString &name);

} // namespace keyward
