// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SeedCommand.h"

#include <QRegularExpression>

namespace keyward {

namespace {

int lineOf(const QString &text, qsizetype position)
{
    return int(text.left(position).count(QLatin1Char('\n'))) + 1;
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Reads $NAME or ${NAME} at text[*pos] (which is '$'); appends the marker
// and moves *pos past it. A '$' that starts no name stays a literal '$'.
Result<Ok, QString> readVariable(const QString &text, qsizetype *pos, QString *word)
{
    qsizetype i = *pos + 1;
    if (i < text.size() && text[i] == QLatin1Char('(')) {
        return QStringLiteral("command substitution inside a curl command at line %1")
            .arg(lineOf(text, *pos));
    }
    const bool braced = i < text.size() && text[i] == QLatin1Char('{');
    if (braced)
        ++i;
    if (i >= text.size() || !isNameStart(text[i])) {
        *word += QLatin1Char('$');
        ++*pos;
        return Ok{};
    }
    const qsizetype nameStart = i;
    while (i < text.size() && isNameChar(text[i]))
        ++i;
    const QString name = text.mid(nameStart, i - nameStart);
    if (braced) {
        if (i >= text.size() || text[i] != QLatin1Char('}'))
            return QStringLiteral("unterminated ${ at line %1").arg(lineOf(text, *pos));
        ++i;
    }
    *word += SeedCommand::variableMarker(name);
    *pos = i;
    return Ok{};
}

} // namespace

Result<QStringList, QString> SeedCommandParser::shellWords(const QString &text, qsizetype from,
                                                           qsizetype *end)
{
    QStringList words;
    QString word;
    bool inWord = false;
    qsizetype i = from;
    auto finishWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                i += 2; // line continuation
                continue;
            }
            if (i + 1 < text.size()) {
                word += text[i + 1];
                inWord = true;
            }
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return QStringLiteral("unterminated ' at line %1").arg(lineOf(text, i));
            word += text.mid(i + 1, close - i - 1);
            inWord = true;
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inWord = true;
            ++i;
            for (;;) {
                if (i >= text.size())
                    return QStringLiteral("unterminated \" at line %1").arg(lineOf(text, i));
                const QChar d = text[i];
                if (d == QLatin1Char('"')) {
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar next = text[i + 1];
                    if (next == QLatin1Char('\n')) {
                        i += 2;
                        continue;
                    }
                    if (QStringLiteral("$`\"\\").contains(next)) {
                        word += next;
                        i += 2;
                        continue;
                    }
                }
                if (d == QLatin1Char('$')) {
                    auto read = readVariable(text, &i, &word);
                    if (!read)
                        return read.error();
                    continue;
                }
                if (d == QLatin1Char('`'))
                    return QStringLiteral("backquote at line %1").arg(lineOf(text, i));
                word += d;
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('$')) {
            inWord = true;
            auto read = readVariable(text, &i, &word);
            if (!read)
                return read.error();
            continue;
        }
        if (c == QLatin1Char('`'))
            return QStringLiteral("backquote at line %1").arg(lineOf(text, i));
        if (c == QLatin1Char('#') && !inWord) {
            while (i < text.size() && text[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (QStringLiteral("\n|;&)").contains(c))
            break;
        if (c.isSpace()) {
            finishWord();
            ++i;
            continue;
        }
        word += c;
        inWord = true;
        ++i;
    }
    finishWord();
    *end = i;
    return words;
}

Result<SeedCommand, QString> SeedCommandParser::parseCurl(const QString &document, qsizetype start,
                                                          bool insideSubstitution, qsizetype *end)
{
    const int line = lineOf(document, start);
    auto failure = [line](const QString &why) {
        return QStringLiteral("line %1: %2").arg(line).arg(why);
    };
    qsizetype pos = start;
    auto words = shellWords(document, pos, &pos);
    if (!words)
        return words.error();
    SeedCommand command;
    command.line = line;
    const QStringList curl = *words;
    if (curl.value(0) != QLatin1String("curl"))
        return failure(QStringLiteral("expected curl"));
    for (qsizetype i = 1; i < curl.size(); ++i) {
        const QString &word = curl[i];
        auto argument = [&]() -> std::optional<QString> {
            if (i + 1 >= curl.size())
                return std::nullopt;
            return curl[++i];
        };
        if (word == QLatin1String("-X") || word == QLatin1String("--request")) {
            const auto method = argument();
            if (!method)
                return failure(QStringLiteral("%1 without a method").arg(word));
            command.method = method->toLatin1();
        } else if (word == QLatin1String("-H") || word == QLatin1String("--header")) {
            const auto header = argument();
            const qsizetype colon = header ? header->indexOf(QLatin1Char(':')) : -1;
            if (colon <= 0)
                return failure(QStringLiteral("%1 without a \"Name: value\" header").arg(word));
            command.headers.append(
                {header->left(colon).trimmed().toLatin1(), header->mid(colon + 1).trimmed()});
        } else if (word == QLatin1String("-d") || word == QLatin1String("--data") ||
                   word == QLatin1String("--data-raw")) {
            const auto data = argument();
            if (!data)
                return failure(QStringLiteral("%1 without data").arg(word));
            if (data->startsWith(QLatin1Char('@')) && word != QLatin1String("--data-raw"))
                return failure(QStringLiteral("-d @file is not supported"));
            // curl joins several -d with '&'.
            command.body += (command.hasBody ? QStringLiteral("&") : QString()) + *data;
            command.hasBody = true;
        } else if (word == QLatin1String("-s") || word == QLatin1String("--silent")) {
            // Progress output only; the body is the same.
        } else if (word.startsWith(QLatin1Char('-'))) {
            return failure(QStringLiteral("unsupported curl option %1").arg(word));
        } else if (!command.url.isEmpty()) {
            return failure(QStringLiteral("a second URL %1").arg(word));
        } else {
            command.url = word;
        }
    }
    if (command.url.isEmpty())
        return failure(QStringLiteral("curl without a URL"));
    if (command.method.isEmpty())
        command.method = command.hasBody ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");

    if (pos < document.size() && document[pos] == QLatin1Char('|')) {
        auto jq = shellWords(document, pos + 1, &pos);
        if (!jq)
            return jq.error();
        if (jq->value(0) != QLatin1String("jq"))
            return failure(QStringLiteral("piped to %1; only jq is understood").arg(jq->value(0)));
        for (qsizetype i = 1; i < jq->size(); ++i) {
            const QString &word = jq->at(i);
            if (word == QLatin1String("-r") || word == QLatin1String("--raw-output"))
                command.jqRaw = true;
            else if (word.startsWith(QLatin1Char('-')) || !command.jqFilter.isEmpty())
                return failure(QStringLiteral("unsupported jq argument %1").arg(word));
            else
                command.jqFilter = word;
        }
        if (command.jqFilter.isEmpty())
            return failure(QStringLiteral("jq without a filter"));
    }
    if (pos < document.size() && document[pos] == QLatin1Char('|'))
        return failure(QStringLiteral("more than one pipe"));
    if (insideSubstitution) {
        if (pos >= document.size() || document[pos] != QLatin1Char(')'))
            return failure(QStringLiteral("$( without its closing )"));
        ++pos;
    } else if (pos < document.size() && document[pos] != QLatin1Char('\n')) {
        return failure(QStringLiteral("unexpected '%1' after the command").arg(document[pos]));
    }
    command.text = document.mid(start, pos - start).trimmed();
    *end = pos;
    return command;
}

std::optional<SeedCommand> SeedCommandParser::openApiOperation(const QString &document)
{
    // Mintlify-style pages name the operation in the fence: ```yaml /openapi.json post /path
    static const QRegularExpression fence(
        QStringLiteral("^`{3,}yaml\\s+\\S+\\s+(get|post|put|delete|patch)\\s+(\\S+)\\s*$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto operation = fence.match(document);
    if (!operation.hasMatch())
        return std::nullopt;
    SeedCommand command;
    command.line = lineOf(document, operation.capturedStart());
    command.text = operation.captured(0).trimmed();
    command.method = operation.captured(1).toUpper().toLatin1();
    command.url = operation.captured(2);
    static const QRegularExpression schema(
        QStringLiteral("requestBody:[\\s\\S]*?\\$ref:\\s*'#/components/schemas/(\\w+)'"));
    const auto body = schema.match(document, operation.capturedEnd());
    if (body.hasMatch())
        command.openApiSchema = body.captured(1);
    return command;
}

Result<QList<SeedCommand>, QString> SeedCommandParser::parse(const QString &document)
{
    // A command line: optional `NAME=$(`, then curl as the first word.
    static const QRegularExpression commandStart(
        QStringLiteral("^[ \\t]*(?:([A-Za-z_][A-Za-z0-9_]*)=\\$\\([ \\t]*)?(curl)(?=\\s)"),
        QRegularExpression::MultilineOption);
    QList<SeedCommand> commands;
    QList<qsizetype> starts;
    qsizetype from = 0;
    for (;;) {
        const auto match = commandStart.match(document, from);
        if (!match.hasMatch())
            break;
        qsizetype end = 0;
        auto command = parseCurl(document, match.capturedStart(2), match.hasCaptured(1), &end);
        if (!command)
            return command.error();
        command->assignTo = match.captured(1);
        command->index = int(commands.size());
        commands.append(*command);
        starts.append(match.capturedStart(2));
        from = end;
    }
    // Every place that looks like a curl invocation must be one we read.
    static const QRegularExpression mention(
        QStringLiteral("\\bcurl\\s+(?:-|https?://|\\{\\{|\\$)"));
    for (auto it = mention.globalMatch(document); it.hasNext();) {
        const auto found = it.next();
        if (!starts.contains(found.capturedStart()))
            return QStringLiteral("line %1 shows a curl command this parser did not read")
                .arg(lineOf(document, found.capturedStart()));
    }
    if (commands.isEmpty()) {
        if (auto operation = openApiOperation(document))
            commands.append(*operation);
    }
    return commands;
}

Result<SeedCommandParser::Schema, QString> SeedCommandParser::openApiSchema(const QString &document,
                                                                            const QString &name)
{
    const QStringList lines = document.split(QLatin1Char('\n'));
    auto indentOf = [](const QString &line) {
        qsizetype n = 0;
        while (n < line.size() && line[n] == QLatin1Char(' '))
            ++n;
        return n;
    };
    const QRegularExpression header(QStringLiteral("^( *)%1:\\s*$").arg(name));
    qsizetype at = -1;
    qsizetype indent = 0;
    bool underSchemas = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed() == QLatin1String("schemas:"))
            underSchemas = true;
        const auto match = header.match(lines[i]);
        if (underSchemas && match.hasMatch()) {
            at = i;
            indent = match.capturedLength(1);
            break;
        }
    }
    if (at < 0)
        return QStringLiteral("no schema %1 under components/schemas").arg(name);
    Schema schema;
    QString section;
    for (qsizetype i = at + 1; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype n = indentOf(line);
        if (n <= indent)
            break;
        const QString content = line.trimmed();
        if (n == indent + 2) {
            section = content;
            continue;
        }
        if (section == QLatin1String("required:") && content.startsWith(QLatin1String("- ")))
            schema.required << content.mid(2).trimmed();
        else if (section == QLatin1String("properties:") && n == indent + 4 &&
                 content.endsWith(QLatin1Char(':')))
            schema.properties << content.chopped(1);
    }
    if (schema.properties.isEmpty())
        return QStringLiteral("schema %1 lists no properties").arg(name);
    return schema;
}

} // namespace keyward
