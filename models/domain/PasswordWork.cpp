// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "domain/PasswordWork.h"

#include <QThread>

#include <algorithm>

namespace keyward {

int PasswordWork::defaultCapacity()
{
    return std::max(1, QThread::idealThreadCount() / 2);
}

PasswordWork::PasswordWork(int capacity)
    : m_capacity(std::max(1, capacity))
    , m_free(m_capacity)
{}

std::optional<QSemaphoreReleaser> PasswordWork::tryTake() const
{
    if (!m_free.tryAcquire())
        return std::nullopt;
    return QSemaphoreReleaser(m_free);
}

} // namespace keyward
