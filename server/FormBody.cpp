// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "FormBody.h"

#include <QStringDecoder>

namespace keyward {

bool FormBody::isForm(const HttpRequest &request)
{
    const QByteArray mediaType = request.header("content-type").split(';').first().trimmed();
    return mediaType.compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) == 0;
}

std::optional<QString> FormBody::decode(QByteArray component)
{
    component.replace('+', ' ');
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(QByteArray::fromPercentEncoding(component));
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

Result<QHash<QString, QString>, QString> FormBody::parse(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto name = decode(pair.left(equals < 0 ? pair.size() : equals));
        const auto value = decode(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value)
            return QStringLiteral("the form is not valid UTF-8");
        if (fields.contains(*name))
            return QStringLiteral("%1 is sent more than once").arg(*name);
        fields.insert(*name, *value);
    }
    return fields;
}

} // namespace keyward
