// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace keyward {

// The small part of jq the seeds pipe curl output through: paths
// (`.data.key`, `.data.items[]`), `select(<path> == <literal>)` and pipes
// between them. Anything else is an error rather than a guess.
class JqFilter {
public:
    static Result<QList<QJsonValue>, QString> evaluate(const QString &filter,
                                                       const QJsonValue &input);
    // What `jq` (or `jq -r`) prints for the outputs, without the final newline.
    static QString print(const QList<QJsonValue> &outputs, bool raw);

private:
    static Result<QList<QJsonValue>, QString> stage(const QString &stage, const QJsonValue &input);
    static Result<QList<QJsonValue>, QString> path(const QString &path, const QJsonValue &input);
};

} // namespace keyward
