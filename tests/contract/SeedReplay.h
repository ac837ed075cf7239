// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "SeedCommand.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace keyward {

// Why a replay step could not be done; a type apart from the QString values
// the steps produce.
struct ReplayFailure {
    QString why;
};

// What replaying a seed's commands needs beyond parsing them (SeedCommand):
// the request a command sends, filled the way a reader fills it, and the
// comparison of an answer with what the documents promise.
namespace SeedReplay {

// ${NAME} replaced from `values`; an unknown name is reported, not left in.
Result<QString, ReplayFailure> substituted(QString text, const QHash<QString, QString> &values);
// Shell variables (SeedCommand::variableMarker) replaced by what earlier
// commands set; one no command set is reported.
Result<QString, ReplayFailure> withShellVariables(QString text,
                                                  const QHash<QString, QString> &shell);
// Any JSON value (not only a document); the failure quotes the text.
Result<QJsonValue, ReplayFailure> parseJson(const QByteArray &text);
// One JSON value on one line.
QString compact(const QJsonValue &value);

struct Request {
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};
// Turns a command's text (URL, header values, body) into what the reader
// would type: shell variables, placeholders.
using Resolve = std::function<Result<QString, ReplayFailure>(const QString &)>;
// The request a curl command sends to this server: its URL without one of
// `baseUrls` (the documents' names for the server), every text resolved,
// and curl's defaults added (Accept: */*, and a form Content-Type for a
// body given without one).
Result<Request, ReplayFailure> curlRequest(const SeedCommand &command, const QStringList &baseUrls,
                                           const Resolve &resolve);

// Compares a whole JSON value with an expected one in which some strings are
// patterns: "<jwt>" a token `acceptsJwt` accepts (kept in jwts()),
// "<iso-time>" a UTC ISO 8601 time with Z, "<int:NAME>" any integer and
// "<uuid:NAME>" any UUID; ":NAME" binds the value (bindings()). Objects must
// have the same keys, arrays the same length, anything else be equal.
class JsonPattern {
public:
    explicit JsonPattern(std::function<bool(const QByteArray &)> acceptsJwt)
        : m_acceptsJwt(std::move(acceptsJwt))
    {}

    // `at` names the value in problems ("body.data.items[0]").
    void compare(const QJsonValue &actual, const QJsonValue &expected, const QString &at);

    const QStringList &problems() const { return m_problems; }
    const QHash<QString, QString> &bindings() const { return m_bindings; }
    const QList<QByteArray> &jwts() const { return m_jwts; }
    void addProblem(const QString &problem) { m_problems << problem; }

private:
    bool matchesPattern(const QJsonValue &actual, const QString &pattern, bool *isPattern);

    std::function<bool(const QByteArray &)> m_acceptsJwt;
    QStringList m_problems;
    QHash<QString, QString> m_bindings;
    QList<QByteArray> m_jwts;
};

} // namespace SeedReplay

} // namespace keyward
