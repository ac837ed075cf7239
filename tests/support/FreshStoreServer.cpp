// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "FreshStoreServer.h"

#include <QJsonArray>

namespace keyward {

QJsonObject successEnvelopeFailure(const QString &message, const QString &error)
{
    return {{QStringLiteral("success"), false},
            {QStringLiteral("message"), message},
            {QStringLiteral("errors"), QJsonArray{error}}};
}

} // namespace keyward
