// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "AdminSession.h"

#include "CommonOptions.h"
#include "Environment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace keyward;

AdminSession::AdminSession(const QString &description, const QString &verbs)
    : m_json(QStringList{QStringLiteral("json")}, QStringLiteral("Print JSON instead of a table."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("verb"), verbs);
    CommonOptions::add(m_parser);
    m_parser.addOption(m_json);
}

std::optional<int> AdminSession::open(const QStringList &arguments)
{
    if (const auto exit = CommonOptions::parse(m_parser, arguments))
        return *exit;
    if (verb().isEmpty())
        return usage(QStringLiteral("name what to do (%1)").arg(m_parser.applicationDescription()));
    auto settings = CommonOptions::runtimeSettings(m_parser);
    if (!settings)
        return usage(settings.error());
    auto runtime = Runtime::open(*settings);
    if (!runtime) {
        QTextStream(stderr) << "keyward: " << runtime.error() << Qt::endl;
        return Failure;
    }
    m_runtime = std::move(runtime.value());
    return std::nullopt;
}

Actor AdminSession::actor() const
{
    Actor operatorActor;
    operatorActor.kind = Actor::Kind::Operator;
    operatorActor.sourceIp = QStringLiteral("cli");
    operatorActor.operatorName = Environment::operatorName(QStringLiteral("cli"));
    return operatorActor;
}

int AdminSession::print(const QJsonValue &json, const Table &table, const QString &emptyMessage)
{
    QTextStream out(stdout);
    if (m_parser.isSet(m_json)) {
        const QJsonDocument document =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        out << document.toJson(QJsonDocument::Indented);
        return Success;
    }
    if (table.rows.isEmpty()) {
        if (!emptyMessage.isEmpty())
            out << emptyMessage << Qt::endl;
        return Success;
    }
    QList<qsizetype> widths;
    for (const QString &header : table.headers)
        widths << header.size();
    for (const QStringList &row : table.rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype column = 0; column < widths.size(); ++column)
            padded << cells.value(column).leftJustified(widths[column]);
        out << padded.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    out.flush();
    return Success;
}

int AdminSession::fail(const DomainError &error)
{
    QTextStream(stderr) << "keyward: " << error.detail() << Qt::endl;
    switch (error.code) {
    case DomainError::Code::NotFound:
        return NotFound;
    case DomainError::Code::InvalidInput:
    case DomainError::Code::Forbidden:
    case DomainError::Code::Conflict:
        return Refused;
    case DomainError::Code::Unavailable:
        return Failure;
    }
    return Failure;
}

int AdminSession::usage(const QString &message)
{
    QTextStream(stderr) << "keyward: " << message << "\n\n" << m_parser.helpText();
    return Usage;
}

bool AdminSession::boolOption(const QCommandLineOption &option, std::optional<bool> *value)
{
    if (!m_parser.isSet(option))
        return true;
    const QString text = m_parser.value(option);
    if (text != QLatin1String("true") && text != QLatin1String("false")) {
        usage(QStringLiteral("--%1 takes true or false").arg(option.names().first()));
        return false;
    }
    *value = text == QLatin1String("true");
    return true;
}

std::optional<qint64> AdminSession::id(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok && value > 0)
        return value;
    usage(QStringLiteral("%1 must be a positive integer, not \"%2\"").arg(what, text));
    return std::nullopt;
}
