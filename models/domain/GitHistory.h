// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace keyward {

// The lines a git repository's history added, oldest commit first, read
// from `git log --all -p` (every commit reachable from any ref). Needs git
// on PATH.
namespace GitHistory {

struct AddedLine {
    QByteArray commit;
    QString path;
    qint64 line = 0; // in the file as that commit left it
    QByteArray text;
};

// Calls `visit` for every added line; a message when git cannot run or
// the directory is no repository.
Result<Ok, QString> forEachAddedLine(const QString &repository,
                                     const std::function<void(const AddedLine &)> &visit);

} // namespace GitHistory

} // namespace keyward
