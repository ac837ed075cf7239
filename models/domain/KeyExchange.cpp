// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/KeyExchange.h"

#include "domain/TokenService.h"

namespace keyward {

KeyExchange::Exchanged KeyExchange::exchange(QByteArrayView presentedKey,
                                             const QString &clientAddress, const Terms &terms) const
{
    return issue(m_verifier.verify(presentedKey, {clientAddress, requiredPermission()}), terms);
}

std::optional<KeyExchange::Exchanged>
KeyExchange::exchangeWithoutBlocking(QByteArrayView presentedKey, const QString &clientAddress,
                                     const Terms &terms) const
{
    auto check =
        m_verifier.verifyWithoutBlocking(presentedKey, {clientAddress, requiredPermission()});
    if (!check)
        return std::nullopt;
    return issue(std::move(*check), terms);
}

KeyExchange::Exchanged KeyExchange::exchangeRow(const ApiKey &key) const
{
    return issue(m_verifier.checkRow(key, {localAddress(), requiredPermission()}));
}

KeyExchange::Exchanged KeyExchange::issue(KeyVerifier::Check check, const Terms &terms) const
{
    Exchanged exchanged;
    exchanged.check = std::move(check);
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted)
        return exchanged;
    const ApiKey &key = *exchanged.check.key;
    if (terms.keyId && *terms.keyId != key.id)
        return {{KeyVerifier::Outcome::Unknown, std::nullopt, 0}, {}, {}, 0, {}};
    exchanged.scope = TokenService::grantableScope(key);
    if (terms.scope) {
        for (const QString &wanted : *terms.scope) {
            if (!exchanged.scope.contains(wanted))
                exchanged.refusedScope << wanted;
        }
        if (!exchanged.refusedScope.isEmpty())
            return exchanged;
        exchanged.scope = *terms.scope;
    }
    exchanged.token = m_tokens.issueForKey(key, terms.scope);
    exchanged.expiresInSeconds = m_tokens.keyTokenSeconds(key);
    return exchanged;
}

} // namespace keyward
