// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "entities/User.h"

namespace keyward {

QString roleName(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
        return QStringLiteral("SuperAdmin");
    case Role::Admin:
        return QStringLiteral("Admin");
    case Role::User:
        return QStringLiteral("User");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::SuperAdmin, Role::Admin, Role::User}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

} // namespace keyward
