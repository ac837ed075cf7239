// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Runtime.h"
#include "domain/Actor.h"
#include "domain/DomainError.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include <memory>

// What every admin command (tenant, user, key, token, audit) shares: the
// common options plus --json, opening the store as the local operator,
// printing a human table or JSON, and exit codes scripts can rely on.
class AdminSession {
public:
    enum Exit { Success = 0, Failure = 1, Usage = 2, NotFound = 3, Refused = 4 };
    struct Table {
        QStringList headers;
        QList<QStringList> rows;
    };

    AdminSession(const QString &description, const QString &verbs);
    QCommandLineParser &parser() { return m_parser; }

    // Parses the arguments (arguments[0] is the program and command), opens
    // the store; the exit code when it could not.
    std::optional<int> open(const QStringList &arguments);
    keyward::Services &services() { return m_runtime->services(); }
    keyward::Actor actor() const;
    QString verb() const { return m_parser.positionalArguments().value(0); }
    QStringList operands() const { return m_parser.positionalArguments().mid(1); }

    // Prints `json` with --json, else the table (or the message when the
    // table is empty); returns Success.
    int print(const QJsonValue &json, const Table &table, const QString &emptyMessage = {});
    int fail(const keyward::DomainError &error);
    int usage(const QString &message);
    // An option taking true/false: nullopt when absent; false (after
    // printing why) when the value is neither.
    bool boolOption(const QCommandLineOption &option, std::optional<bool> *value);
    // A positive integer operand or option value, or nullopt after printing why.
    std::optional<qint64> id(const QString &text, const QString &what);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_json;
    std::unique_ptr<keyward::Runtime> m_runtime;
};
