// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "BufferedMessageLog.h"

#include <QString>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <unistd.h>

namespace keyward {

namespace {

std::atomic<BufferedMessageLog *> s_installed{nullptr};

} // namespace

BufferedMessageLog::BufferedMessageLog(int fd)
    : m_fd(fd)
    , m_flusher([this] { flushWhenDue(); })
{
    Q_ASSERT(!s_installed.load());
    s_installed.store(this);
    m_previous = qInstallMessageHandler(handle);
}

BufferedMessageLog::~BufferedMessageLog()
{
    qInstallMessageHandler(m_previous);
    s_installed.store(nullptr);
    {
        std::lock_guard locked(m_pendingLock);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_flusher.join();
    flush();
}

void BufferedMessageLog::handle(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit();
    line.append('\n');
    if (BufferedMessageLog *log = s_installed.load())
        log->append(type, line);
}

void BufferedMessageLog::append(QtMsgType type, const QByteArray &line)
{
    bool wasEmpty = false;
    bool due = false;
    {
        std::lock_guard locked(m_pendingLock);
        wasEmpty = m_pending.isEmpty();
        m_pending.append(line);
        due = m_pending.size() >= flushBytes;
    }
    if (due || type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        flush();
    else if (wasEmpty)
        m_wake.notify_one();
}

void BufferedMessageLog::flushWhenDue()
{
    std::unique_lock locked(m_pendingLock);
    while (!m_stopping) {
        m_wake.wait(locked, [this] { return m_stopping || !m_pending.isEmpty(); });
        // The first line waits at most the interval; those after it ride along.
        m_wake.wait_for(locked, std::chrono::milliseconds(flushIntervalMs),
                        [this] { return m_stopping; });
        locked.unlock();
        flush();
        locked.lock();
    }
}

void BufferedMessageLog::flush()
{
    std::lock_guard writing(m_writeLock);
    QByteArray batch;
    {
        std::lock_guard locked(m_pendingLock);
        batch.swap(m_pending);
    }
    writeAll(batch);
}

void BufferedMessageLog::writeAll(const QByteArray &bytes) const
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // nowhere to write: the lines are dropped, as Qt drops them
        data += written;
        left -= written;
    }
}

} // namespace keyward
