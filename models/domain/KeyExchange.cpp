#include "domain/KeyExchange.h"

#include "domain/TokenService.h"

namespace keyward {

KeyExchange::Exchanged KeyExchange::exchange(QByteArrayView presentedKey,
                                             const QString &clientAddress) const
{
    return issue(m_verifier.verify(presentedKey, {clientAddress, requiredPermission()}));
}

std::optional<KeyExchange::Exchanged>
KeyExchange::exchangeWithoutBlocking(QByteArrayView presentedKey,
                                     const QString &clientAddress) const
{
    auto check =
        m_verifier.verifyWithoutBlocking(presentedKey, {clientAddress, requiredPermission()});
    if (!check)
        return std::nullopt;
    return issue(std::move(*check));
}

KeyExchange::Exchanged KeyExchange::exchangeRow(const ApiKey &key) const
{
    return issue(m_verifier.checkRow(key, {localAddress(), requiredPermission()}));
}

KeyExchange::Exchanged KeyExchange::issue(KeyVerifier::Check check) const
{
    if (check.outcome != KeyVerifier::Outcome::Accepted)
        return {std::move(check), {}};
    QByteArray token = m_tokens.issueForKey(*check.key);
    return {std::move(check), std::move(token)};
}

} // namespace keyward
