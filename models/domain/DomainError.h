// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/Sentence.h"

#include <QString>

namespace keyward {

struct StoreError;

// Why a domain operation refused or failed. Each API family maps the code to
// its own status and envelope in one place; `said` is a sentence safe to
// show the caller (its English is detail(), the console translates it),
// `field` names the offending input where there is one.
struct DomainError {
    enum class Code { InvalidInput, NotFound, Forbidden, Conflict, Unavailable };
    Code code = Code::Unavailable;
    // The offending input; for Forbidden, "tenant" when the row belongs to
    // another tenant (which some families answer as not found).
    QString field;
    Sentence said;

    // The sentence in English, as the API and the CLI answer it.
    QString detail() const { return said.text(); }

    static DomainError invalid(QString field, const Sentence &said)
    {
        return {Code::InvalidInput, std::move(field), said};
    }
    static DomainError notFound(const Sentence &said) { return of(Code::NotFound, said); }
    static DomainError forbidden(const Sentence &said) { return of(Code::Forbidden, said); }
    static DomainError conflict(const Sentence &said) { return of(Code::Conflict, said); }
    // A store failure: logged with its cause, reported without it.
    static DomainError unavailable(const StoreError &error);

private:
    static DomainError of(Code code, const Sentence &said) { return {code, {}, said}; }
};

template <typename T> using Outcome = Result<T, DomainError>;

} // namespace keyward
