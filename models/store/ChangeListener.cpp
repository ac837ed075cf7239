// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/ChangeListener.h"

#include "store/Database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace keyward {

// Lives in the listener's thread, where its connection is.
class ChangeListener::Worker : public QObject {
public:
    Worker(const Database &database, QString ownToken, std::function<void()> heard,
           std::atomic<bool> &listening)
        : m_database(database)
        , m_ownToken(std::move(ownToken))
        , m_heard(std::move(heard))
        , m_listening(listening)
    {}

    void start()
    {
        auto *check = new QTimer(this);
        QObject::connect(check, &QTimer::timeout, this, [this] { keepListening(); });
        check->start(checkIntervalMs);
        keepListening();
    }

private:
    static constexpr int checkIntervalMs = 1000;

    void keepListening()
    {
        QSqlDatabase connection = m_database.connection(); // opened again if it was lost
        QSqlQuery probe(connection);
        const bool alive = probe.exec(QStringLiteral("SELECT 1"));
        if (!alive || !connection.driver()->subscribedToNotifications().contains(channel())) {
            m_listening = false;
            if (!alive || !connection.driver()->subscribeToNotification(channel()))
                return;
            if (connection.driver() != m_heardFrom) { // a driver keeps its receivers
                m_heardFrom = connection.driver();
                QObject::connect(m_heardFrom, &QSqlDriver::notification, this,
                                 [this](const QString &name, QSqlDriver::NotificationSource,
                                        const QVariant &payload) {
                                     if (name == channel() && payload.toString() != m_ownToken)
                                         m_heard();
                                 });
            }
            // What changed while nobody listened, StoreChanges' poll finds.
        }
        m_listening = true;
    }

    const Database &m_database;
    const QString m_ownToken;
    const std::function<void()> m_heard;
    std::atomic<bool> &m_listening;
    QSqlDriver *m_heardFrom = nullptr;
};

ChangeListener::ChangeListener(const Database &database, QString ownToken,
                               std::function<void()> heard)
{
    m_thread.setObjectName(QStringLiteral("keyward-changes"));
    auto *worker = new Worker(database, std::move(ownToken), std::move(heard), m_listening);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, worker, [worker] { worker->start(); });
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
}

ChangeListener::~ChangeListener()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace keyward
