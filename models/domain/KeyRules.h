// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/DomainError.h"
#include "domain/KeyRequests.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace keyward {

class NetworkAllowList;

// What a key's fields must be, for a new key and for a change: the one place
// of the refusals the console's forms and the three API families share.
// Each names the offending field (DomainError::invalid).
namespace KeyRules {

std::optional<DomainError> name(const QString &label);
std::optional<DomainError> permissions(const QStringList &wanted);
std::optional<DomainError> networks(const NetworkAllowList &allowList, const QString &text);
// Within 100 years of now.
std::optional<DomainError> expiry(const QDateTime &expiresAt, const QDateTime &now);
std::optional<DomainError> rateLimit(const std::optional<qint64> &perMinute);
// Every field of a request for a new key, at `now`.
std::optional<DomainError> newKey(const NewKey &request, const NetworkAllowList &allowList,
                                  const QDateTime &now);

} // namespace KeyRules

} // namespace keyward
