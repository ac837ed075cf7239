// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SeedReplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace keyward::SeedReplay {

namespace {

// Every match of `reference` (its first group a name) replaced by that
// name's value; a name without one is reported in `unknown`'s words (%1).
Result<QString, ReplayFailure> replaced(QString text, const QRegularExpression &reference,
                                        const QHash<QString, QString> &values,
                                        const QString &unknown)
{
    for (auto match = reference.match(text); match.hasMatch(); match = reference.match(text)) {
        const QString name = match.captured(1);
        if (!values.contains(name))
            return ReplayFailure{unknown.arg(name)};
        text.replace(match.capturedStart(), match.capturedLength(), values.value(name));
    }
    return text;
}

} // namespace

Result<QString, ReplayFailure> substituted(QString text, const QHash<QString, QString> &values)
{
    static const QRegularExpression reference(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
    return replaced(std::move(text), reference, values,
                    QStringLiteral("the expectation refers to unknown ${%1}"));
}

Result<QString, ReplayFailure> withShellVariables(QString text,
                                                  const QHash<QString, QString> &shell)
{
    static const QRegularExpression variable(QStringLiteral("\\x01(\\w+)\\x02"));
    return replaced(std::move(text), variable, shell,
                    QStringLiteral("$%1 is not set by an earlier command"));
}

Result<QJsonValue, ReplayFailure> parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return ReplayFailure{
            QStringLiteral("not JSON (%1): %2").arg(error.errorString(), QString::fromUtf8(text))};
    return document.array().first();
}

QString compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

Result<Request, ReplayFailure> curlRequest(const SeedCommand &command, const QStringList &baseUrls,
                                           const Resolve &resolve)
{
    auto url = resolve(command.url);
    if (!url)
        return url.error();
    Request request;
    request.method = command.method;
    for (const QString &base : baseUrls) {
        if (url->startsWith(base))
            request.path = url->mid(base.size());
    }
    if (request.path.isEmpty())
        return ReplayFailure{QStringLiteral("unknown base URL in %1").arg(*url)};
    bool hasContentType = false;
    bool hasAccept = false;
    for (const auto &[name, value] : command.headers) {
        auto text = resolve(value);
        if (!text)
            return text.error();
        request.headers.append({name, text->toUtf8()});
        hasContentType |= name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        hasAccept |= name.compare("Accept", Qt::CaseInsensitive) == 0;
    }
    if (!hasAccept)
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")});
    if (command.hasBody) {
        auto body = resolve(command.body);
        if (!body)
            return body.error();
        request.body = body->toUtf8();
        if (!hasContentType) // what curl sends with -d
            request.headers.append({QByteArrayLiteral("Content-Type"),
                                    QByteArrayLiteral("application/x-www-form-urlencoded")});
    }
    return request;
}

bool JsonPattern::matchesPattern(const QJsonValue &actual, const QString &pattern, bool *isPattern)
{
    static const QRegularExpression shape(QStringLiteral("^<([a-z-]+)(?::(\\w+))?>$"));
    const auto match = shape.match(pattern);
    *isPattern = match.hasMatch();
    if (!*isPattern)
        return false;
    const QString kind = match.captured(1);
    QString text = actual.toString();
    bool ok = false;
    if (kind == QLatin1String("jwt")) {
        ok = actual.isString() && m_acceptsJwt(text.toLatin1());
        if (ok)
            m_jwts.append(text.toLatin1());
    } else if (kind == QLatin1String("iso-time")) {
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
        ok = actual.isString() && iso.match(text).hasMatch();
    } else if (kind == QLatin1String("int")) {
        ok = actual.isDouble() && actual.toDouble() == double(actual.toInteger());
        text = QString::number(actual.toInteger());
    } else if (kind == QLatin1String("uuid")) {
        ok = actual.isString() && !QUuid::fromString(text).isNull();
    }
    if (ok && match.hasCaptured(2))
        m_bindings.insert(match.captured(2), text);
    return ok;
}

void JsonPattern::compare(const QJsonValue &actual, const QJsonValue &expected, const QString &at)
{
    auto differ = [&] {
        m_problems << QStringLiteral("%1: got %2, expected %3")
                          .arg(at, compact(actual), compact(expected));
    };
    if (expected.isString()) {
        bool isPattern = false;
        const bool matched = matchesPattern(actual, expected.toString(), &isPattern);
        if (isPattern) {
            if (!matched)
                differ();
            return;
        }
    }
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject got = actual.toObject();
        if (QStringList(want.keys()) != QStringList(got.keys()))
            return differ();
        for (auto it = want.begin(); it != want.end(); ++it)
            compare(got.value(it.key()), it.value(), at + QLatin1Char('.') + it.key());
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray got = actual.toArray();
        if (want.size() != got.size())
            return differ();
        for (qsizetype i = 0; i < want.size(); ++i)
            compare(got[i], want[i], QStringLiteral("%1[%2]").arg(at).arg(i));
        return;
    }
    if (actual != expected)
        differ();
}

} // namespace keyward::SeedReplay
