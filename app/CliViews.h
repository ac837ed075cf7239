// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entities/ApiKey.h"
#include "entities/Tenant.h"
#include "entities/User.h"

#include <QJsonObject>
#include <QJsonValue>

// What `--json` prints: the CLI's own contract with the scripts of the
// machine it runs on, independent of any HTTP dialect. Field names are the
// store's (prefix, allowedNetworks, rateLimitPerMinute, createdAt); times are
// ISO 8601 UTC with Z, or null. No view holds a secret: a command adds a
// key's value itself, the once it is shown.
namespace CliViews {

QJsonValue time(const QDateTime &time);
QJsonObject key(const keyward::ApiKey &key);
QJsonObject tenant(const keyward::Tenant &tenant);
QJsonObject user(const keyward::User &user);

} // namespace CliViews
