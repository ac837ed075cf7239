// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestDatabase.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace keyward {

// The keyward executable (KEYWARD_BINARY) run as a command-line tool on a
// fresh test store (either backend), with a HOME of its own and a fixed
// master key: what an operator's shell or a script sees.
class CliCommand {
public:
    struct Run {
        int code = -1; // -1: it did not finish within 30 s
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    // The master key every run uses, as bytes (for opening the store in
    // the test process too).
    static QByteArray masterKey() { return QByteArray(32, '\xaa'); }

    const TestDatabase &database() const { return m_database; }
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QList<QPair<QString, QString>> &variables = {}) const;

private:
    TestDatabase m_database;
    QTemporaryDir m_home;
};

} // namespace keyward
