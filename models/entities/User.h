// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

enum class Role { SuperAdmin, Admin, User };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

// Someone who logs in with email and password; the role decides what of the
// tenant (or, for SuperAdmin, of every tenant) they may manage.
struct User {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString email;
    QString passwordHash;
    Role role = Role::User;
    bool isActive = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace keyward
