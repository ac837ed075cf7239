// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace keyward {

namespace {
// Integers beyond this lose precision in a JSON double.
constexpr double maxExactInteger = 9007199254740991.0;
} // namespace

Result<JsonBody, QString> JsonBody::parse(const QByteArray &body, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return JsonBody(QJsonObject());
        return QStringLiteral("The request body must be a JSON object");
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("The request body is not valid JSON: %1 at offset %2")
            .arg(error.errorString())
            .arg(error.offset);
    if (!document.isObject())
        return QStringLiteral("The request body must be a JSON object");
    return JsonBody(document.object());
}

void JsonBody::fail(const QString &field, const QString &sentence)
{
    if (m_error.isEmpty()) {
        m_error = sentence;
        m_errorField = field;
    }
}

bool JsonBody::isNull(const QString &field) const
{
    return m_object.contains(field) && m_object.value(field).isNull();
}

std::optional<QString> JsonBody::string(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(field, QStringLiteral("The %1 field is required").arg(field));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(field, QStringLiteral("The %1 field must be a string").arg(field));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<qint64> JsonBody::integer(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(field, QStringLiteral("The %1 field is required").arg(field));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > maxExactInteger) {
        fail(field, QStringLiteral("The %1 field must be an integer").arg(field));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<bool> JsonBody::boolean(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(field, QStringLiteral("The %1 field must be true or false").arg(field));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> JsonBody::stringList(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray()) {
        fail(field, QStringLiteral("The %1 field must be an array of strings").arg(field));
        return std::nullopt;
    }
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            fail(field, QStringLiteral("The %1 field must be an array of strings").arg(field));
            return std::nullopt;
        }
        items << item.toString();
    }
    return items;
}

std::optional<QDateTime> JsonBody::dateTime(const QString &field)
{
    const auto text = string(field);
    if (!text)
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        fail(
            field,
            QStringLiteral("The %1 field must be an ISO 8601 time with Z or an offset").arg(field));
        return std::nullopt;
    }
    return parsed.toUTC();
}

} // namespace keyward
