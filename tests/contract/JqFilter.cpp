// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "JqFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace keyward {

namespace {

// Splits at '|' outside parentheses and quotes.
QStringList pipeline(const QString &filter)
{
    QStringList stages;
    QString current;
    int depth = 0;
    bool quoted = false;
    for (const QChar c : filter) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++depth;
        else if (!quoted && c == QLatin1Char(')'))
            --depth;
        if (!quoted && depth == 0 && c == QLatin1Char('|')) {
            stages << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    stages << current.trimmed();
    return stages;
}

} // namespace

Result<QList<QJsonValue>, QString> JqFilter::path(const QString &path, const QJsonValue &input)
{
    static const QRegularExpression step(
        QStringLiteral("\\G(?:\\.([A-Za-z_][A-Za-z0-9_]*)|(\\[\\]))"));
    if (path == QLatin1String("."))
        return QList<QJsonValue>{input};
    if (!path.startsWith(QLatin1Char('.')))
        return QStringLiteral("not a jq path: %1").arg(path);
    QList<QJsonValue> values{input};
    qsizetype at = path.startsWith(QLatin1String(".[")) ? 1 : 0;
    while (at < path.size()) {
        const auto match = step.match(path, at);
        if (!match.hasMatch())
            return QStringLiteral("unsupported jq path: %1").arg(path);
        QList<QJsonValue> next;
        for (const QJsonValue &value : values) {
            if (match.hasCaptured(1)) {
                if (!value.isObject() && !value.isNull())
                    return QStringLiteral("cannot index %1 with \"%2\"")
                        .arg(QString::fromLatin1(
                                 QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                             match.captured(1));
                next << value.toObject().value(match.captured(1));
            } else {
                if (!value.isArray())
                    return QStringLiteral("cannot iterate over a non-array in %1").arg(path);
                for (const QJsonValue &element : value.toArray())
                    next << element;
            }
        }
        values = next;
        at = match.capturedEnd();
    }
    return values;
}

Result<QList<QJsonValue>, QString> JqFilter::stage(const QString &stage, const QJsonValue &input)
{
    static const QRegularExpression select(
        QStringLiteral("^select\\(\\s*(\\.[^=\\s]*)\\s*==\\s*(.+?)\\s*\\)$"));
    const auto match = select.match(stage);
    if (!match.hasMatch())
        return path(stage, input);
    const QJsonDocument literal =
        QJsonDocument::fromJson(QStringLiteral("[%1]").arg(match.captured(2)).toUtf8());
    if (!literal.isArray() || literal.array().size() != 1)
        return QStringLiteral("unsupported literal in %1").arg(stage);
    auto left = path(match.captured(1), input);
    if (!left)
        return left;
    const QJsonValue wanted = literal.array().first();
    for (const QJsonValue &value : *left) {
        // jq compares numbers by value, whatever their JSON spelling.
        const bool equal = value.isDouble() && wanted.isDouble()
                               ? value.toDouble() == wanted.toDouble()
                               : value == wanted;
        if (equal)
            return QList<QJsonValue>{input};
    }
    return QList<QJsonValue>{};
}

Result<QList<QJsonValue>, QString> JqFilter::evaluate(const QString &filter,
                                                      const QJsonValue &input)
{
    QList<QJsonValue> values{input};
    for (const QString &part : pipeline(filter)) {
        QList<QJsonValue> next;
        for (const QJsonValue &value : values) {
            auto out = stage(part, value);
            if (!out)
                return out;
            next << *out;
        }
        values = next;
    }
    return values;
}

QString JqFilter::print(const QList<QJsonValue> &outputs, bool raw)
{
    QStringList lines;
    for (const QJsonValue &value : outputs) {
        if (raw && value.isString()) {
            lines << value.toString();
            continue;
        }
        // Compact JSON for the value itself (jq would indent; the replay only
        // compares values, and captures strings raw).
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        lines << QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace keyward
