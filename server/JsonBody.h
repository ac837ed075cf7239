// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace keyward {

// Reads a JSON request body field by field with strict types. The first
// problem is kept as a sentence naming the field, for the family's 400.
class JsonBody {
public:
    // The body must be one JSON object (an empty body counts as {} only when
    // allowEmpty).
    static Result<JsonBody, QString> parse(const QByteArray &body, bool allowEmpty = false);

    bool has(const QString &field) const { return m_object.contains(field); }
    bool isNull(const QString &field) const;
    std::optional<QString> string(const QString &field, bool required = false);
    std::optional<qint64> integer(const QString &field, bool required = false);
    std::optional<bool> boolean(const QString &field);
    std::optional<QStringList> stringList(const QString &field);
    // ISO 8601 with an offset or Z, converted to UTC.
    std::optional<QDateTime> dateTime(const QString &field);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &errorField() const { return m_errorField; }
    const QJsonObject &object() const { return m_object; }

private:
    explicit JsonBody(QJsonObject object)
        : m_object(std::move(object))
    {}
    void fail(const QString &field, const QString &sentence);

    QJsonObject m_object;
    QString m_error;
    QString m_errorField;
};

} // namespace keyward
