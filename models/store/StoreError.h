// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace keyward {

// What went wrong below the domain. Only UniqueViolation carries meaning the
// domain acts on (a name or digest already taken); the rest is reported as
// "service unavailable" without leaking SQL.
struct StoreError {
    enum class Kind { UniqueViolation, NotFound, Failure };
    Kind kind = Kind::Failure;
    QString detail;

    static StoreError failure(QString detail) { return {Kind::Failure, std::move(detail)}; }
    static StoreError notFound() { return {Kind::NotFound, QStringLiteral("not found")}; }
};

template <typename T, typename E> class Result;
template <typename T> using StoreResult = Result<T, StoreError>;

} // namespace keyward
