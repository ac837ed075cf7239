// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace keyward {

struct Sentence;

// What a form shows under a field when the domain refuses its input: the
// refusal in the operator's language, begun with a capital and ended with a
// full stop ("Name must not be blank."), where the API keeps its clause.
namespace FormMessage {
QString of(const Sentence &said);
} // namespace FormMessage

} // namespace keyward
