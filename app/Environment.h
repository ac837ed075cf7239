// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Result.h"
#include "domain/Bootstrap.h"

#include <QByteArray>

#include <optional>

namespace keyward {

// The configuration Keyward takes from its environment (beside the options'
// KEYWARD_* twins, which CommonOptions reads), read here so that the layers
// below are handed values and never consult the process environment.
namespace Environment {

// KEYWARD_MASTER_KEY parsed (an error names the variable), or nothing when
// it is unset or empty.
std::optional<Result<QByteArray, QString>> masterKey();

// KEYWARD_TENANT_NAME (trimmed; "Default" when unset), KEYWARD_ADMIN_EMAIL,
// KEYWARD_ADMIN_PASSWORD: what the first start on an empty store creates.
Bootstrap::Settings bootstrap();

// Who the local operator is, for the audit log: "console (alice@build-01)"
// with `via` "console" — the login name (USER, else LOGNAME) and the host.
QString operatorName(const QString &via);

} // namespace Environment

} // namespace keyward
