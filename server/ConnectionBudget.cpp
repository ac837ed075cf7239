// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ConnectionBudget.h"

namespace keyward {

ConnectionBudget::Admission ConnectionBudget::admit(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    if (m_caps.maxConnectionsPerAddress > 0 &&
        m_openByAddress.value(address) >= m_caps.maxConnectionsPerAddress)
        return Admission::AddressFull;
    if (m_open >= m_caps.maxConnections)
        return Admission::ServerFull;
    ++m_open;
    ++m_openByAddress[address];
    return Admission::Admitted;
}

void ConnectionBudget::release(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    --m_open;
    if (--m_openByAddress[address] <= 0)
        m_openByAddress.remove(address);
}

int ConnectionBudget::openConnections() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

} // namespace keyward
