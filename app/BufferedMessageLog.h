// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace keyward {

// While it lives, every Qt message of the process (the access log's line per
// request among them) is formatted as Qt formats it (QT_MESSAGE_PATTERN
// applies) and written to a file descriptor in batches: at most
// flushIntervalMs after the first pending line was logged, or as soon as
// flushBytes are pending. A warning or worse is written at once, with
// everything before it, and so is whatever is pending when the object goes.
// A request then costs an append to memory instead of a write(2) of its own;
// what a crash (not a clean stop) can lose is the last flushIntervalMs of
// informational lines. One at a time per process.
class BufferedMessageLog {
public:
    static constexpr int flushIntervalMs = 100;
    static constexpr qsizetype flushBytes = 64 * 1024;

    explicit BufferedMessageLog(int fd);
    ~BufferedMessageLog();
    BufferedMessageLog(const BufferedMessageLog &) = delete;
    BufferedMessageLog &operator=(const BufferedMessageLog &) = delete;

    // Writes what is pending now.
    void flush();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void append(QtMsgType type, const QByteArray &line);
    void flushWhenDue();
    void writeAll(const QByteArray &bytes) const;

    const int m_fd;
    std::mutex m_pendingLock;
    std::condition_variable m_wake;
    QByteArray m_pending;
    bool m_stopping = false;
    std::mutex m_writeLock; // batches reach the descriptor in the order they were taken
    QtMessageHandler m_previous = nullptr;
    std::thread m_flusher;
};

} // namespace keyward
