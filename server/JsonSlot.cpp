// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "JsonSlot.h"

#include <QJsonDocument>

#include <algorithm>

namespace keyward {

JsonSlot::JsonSlot(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // The marker as QJsonDocument writes it, in quotes: {"":"..."} less {"": and }.
    const QByteArray quoted = QJsonDocument(QJsonObject{{QString(), marker}})
                                  .toJson(QJsonDocument::Compact)
                                  .sliced(4)
                                  .chopped(1);
    const qsizetype at = json.indexOf(quoted);
    if (at < 0)
        return; // no slot: every answer is built as usual
    m_before = json.left(at + 1);
    m_after = json.mid(at + quoted.size() - 1);
}

std::optional<QByteArray> JsonSlot::filled(QByteArrayView text) const
{
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
    });
    if (!plain || m_before.isEmpty())
        return std::nullopt;
    QByteArray json;
    json.reserve(m_before.size() + text.size() + m_after.size());
    json += m_before;
    json += text;
    json += m_after;
    return json;
}

} // namespace keyward
