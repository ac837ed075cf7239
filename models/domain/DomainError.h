// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QString>

namespace keyward {

struct StoreError;

// Why a domain operation refused or failed. Each API family maps the code to
// its own status and envelope in one place; `detail` is a sentence safe to
// show the caller, `field` names the offending input where there is one.
struct DomainError {
    enum class Code { InvalidInput, NotFound, Forbidden, Conflict, Unavailable };
    Code code = Code::Unavailable;
    QString detail;
    // The offending input; for Forbidden, "tenant" when the row belongs to
    // another tenant (which some families answer as not found).
    QString field;

    static DomainError invalid(QString field, QString detail)
    {
        return {Code::InvalidInput, std::move(detail), std::move(field)};
    }
    static DomainError notFound(QString detail) { return {Code::NotFound, std::move(detail), {}}; }
    static DomainError forbidden(QString detail)
    {
        return {Code::Forbidden, std::move(detail), {}};
    }
    static DomainError conflict(QString detail) { return {Code::Conflict, std::move(detail), {}}; }
    // A store failure: logged with its cause, reported without it.
    static DomainError unavailable(const StoreError &error);
};

template <typename T> using Outcome = Result<T, DomainError>;

} // namespace keyward
