// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace keyward {

// A throw-away git repository with one file: write it, commit it, and know
// the commit's hash — for the history scans (needs git on PATH).
class GitRepository {
public:
    GitRepository();

    QString path() const { return m_directory.path(); }
    // Writes `content` to `file` and commits everything; the commit's hash.
    QString commit(const QString &file, const QByteArray &content, const QString &message);

private:
    QString git(const QStringList &arguments) const;

    QTemporaryDir m_directory;
};

} // namespace keyward
