// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace keyward {

// A JSON object serialized once by QJsonDocument with one string value left
// open (the value `marker`), filled in per answer: for answers that differ
// only in one value, such as the token a key was exchanged for, a copy
// instead of building and serializing the object again. Only text that JSON
// carries as is (printable ASCII but quote and backslash: a compact JWT) is
// filled in; for any other, filled() has no answer and the caller builds
// the object as usual.
class JsonSlot {
public:
    static inline const QString marker = QStringLiteral("\x01slot\x01");

    explicit JsonSlot(const QJsonObject &object);

    std::optional<QByteArray> filled(QByteArrayView text) const;

private:
    QByteArray m_before; // up to and including the value's opening quote
    QByteArray m_after;  // from its closing quote
};

} // namespace keyward
