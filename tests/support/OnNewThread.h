// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QThread>

#include <memory>
#include <utility>

// Runs `work` on a thread of its own (with its own thread-local state, such
// as its database connection) and waits for it; false when it did not
// finish within `timeoutMs`, and then the thread is left running.
template <typename Work> bool onNewThread(Work &&work, int timeoutMs = 10'000)
{
    std::unique_ptr<QThread> thread(QThread::create(std::forward<Work>(work)));
    thread->start();
    if (thread->wait(timeoutMs))
        return true;
    thread.release();
    return false;
}
