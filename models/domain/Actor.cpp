// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/Actor.h"

namespace keyward {

QString Actor::name() const
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user:%1").arg(id);
    case Kind::Key:
        return QStringLiteral("key:%1").arg(id);
    case Kind::Operator:
        return operatorName.isEmpty() ? QStringLiteral("operator") : operatorName;
    case Kind::System:
        return QStringLiteral("system");
    }
    Q_UNREACHABLE();
}

} // namespace keyward
