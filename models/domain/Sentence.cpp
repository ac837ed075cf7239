// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/Sentence.h"

#include <QCoreApplication>

namespace keyward {

QString Sentence::translated() const
{
    return source ? fill(QCoreApplication::translate("Sentence", source), args) : QString();
}

QString Sentence::fill(const QString &pattern, const QStringList &args)
{
    switch (args.size()) {
    case 0:
        return pattern;
    case 1:
        return pattern.arg(args[0]);
    case 2:
        return pattern.arg(args[0], args[1]);
    case 3:
        return pattern.arg(args[0], args[1], args[2]);
    }
    Q_ASSERT_X(false, "Sentence::fill", "more arguments than any sentence has");
    return pattern;
}

} // namespace keyward
