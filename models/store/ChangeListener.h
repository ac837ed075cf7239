// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

class QSqlDriver;
class QTimer;

namespace keyward {

class Database;

// Hears, on PostgreSQL, the notification every audited change sends when it
// commits (AuditRepository: NOTIFY on channel()), from any process on the
// store, and calls `heard` at once. Its own thread and connection; checks the
// connection every second and listens again after losing it. Notifications
// that carry `ownToken` (sent by the same Database) are not passed on: it
// already knows its changes.
class ChangeListener {
public:
    static QString channel() { return QStringLiteral("keyward_changes"); }

    ChangeListener(const Database &database, QString ownToken, std::function<void()> heard);
    ~ChangeListener();
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    // Whether notifications are being heard now.
    bool isListening() const { return m_listening.load(); }

private:
    class Worker;

    QThread m_thread;
    std::atomic<bool> m_listening{false};
};

} // namespace keyward
