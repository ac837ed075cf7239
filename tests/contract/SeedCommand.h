// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyward {

// One request a seed document shows, as a reader would type it: a curl
// command (possibly inside `VAR=$(...)` and piped to jq), or, for a seed that
// documents an OpenAPI operation instead, that operation.
//
// Shell variable references ($NAME, ${NAME}) outside single quotes are kept
// as variableMarker(NAME) so the replay can substitute what earlier commands
// produced; everything else is the text after bash's quote removal.
struct SeedCommand {
    int index = 0; // position among the seed's commands, from 0
    int line = 0;  // 1-based line where the command starts
    QString text;  // the command as written, for failure messages
    QString assignTo;
    QByteArray method;
    QString url;
    QList<QPair<QByteArray, QString>> headers;
    bool hasBody = false;
    QString body;
    QString jqFilter; // empty: not piped to jq
    bool jqRaw = false;
    QString openApiSchema; // an OpenAPI operation: its requestBody schema

    static QString variableMarker(const QString &name) { return QChar(0x1) + name + QChar(0x2); }
};

// Reads seed documents: finds every curl command (in ``` fences or in plain
// text, with backslash-continued lines), splits it into words the way bash
// would, and reads curl's and jq's options. Anything it does not understand
// is an error, so a new kind of example cannot slip through unchecked.
class SeedCommandParser {
public:
    static Result<QList<SeedCommand>, QString> parse(const QString &document);

    // Words of a shell command starting at `from`, up to the first unquoted
    // newline, `|`, `;`, `&` or `)`; `end` is left on that terminator.
    static Result<QStringList, QString> shellWords(const QString &text, qsizetype from,
                                                   qsizetype *end);

    // The property names and required names of an OpenAPI schema written in
    // the seed's YAML (components/schemas/<name>).
    struct Schema {
        QStringList properties;
        QStringList required;
    };
    static Result<Schema, QString> openApiSchema(const QString &document, const QString &name);

private:
    static Result<SeedCommand, QString> parseCurl(const QString &document, qsizetype start,
                                                  bool insideSubstitution, qsizetype *end);
    static std::optional<SeedCommand> openApiOperation(const QString &document);
};

} // namespace keyward
