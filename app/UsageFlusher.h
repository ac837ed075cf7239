#pragma once

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace keyward {
class UsageRecorder;
}

// Writes batched key-use counts every few seconds on a thread of its own
// (never the event loop that serves requests or draws the GUI), and once
// more when it is destroyed, so no counted use is lost at shutdown.
class UsageFlusher : public QObject {
    Q_OBJECT
public:
    UsageFlusher(keyward::UsageRecorder &usage, int intervalMs, QObject *parent = nullptr);
    ~UsageFlusher() override;

private:
    keyward::UsageRecorder &m_usage;
    QThreadPool m_thread;
    QTimer m_timer;
    QFuture<void> m_running;
};
