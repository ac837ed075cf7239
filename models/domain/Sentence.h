// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace keyward {

// A sentence the domain says to people, kept with its untranslated source:
// the API and the CLI answer the English (the documented messages), the
// console looks the source up in the operator's language. Sources are
// marked QT_TRANSLATE_NOOP("Sentence", "…") where they are written, so that
// lupdate collects them; %1, %2 are filled from args in one pass.
struct Sentence {
    Sentence() = default;
    Sentence(const char *english, QStringList filling = {})
        : source(english)
        , args(std::move(filling))
    {}

    const char *source = nullptr;
    QStringList args;

    // The English.
    QString text() const { return fill(QString::fromUtf8(source), args); }
    // In the language of the translators installed (the console's).
    QString translated() const;
    // pattern's %1, %2, … replaced by args at once, so an argument holding
    // "%2" stays itself.
    static QString fill(const QString &pattern, const QStringList &args);
};

} // namespace keyward
