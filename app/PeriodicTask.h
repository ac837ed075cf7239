// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

// Upkeep that runs every few seconds on a thread of its own (never the event
// loop that serves requests or draws the GUI), one run at a time: writing
// batched key-use counts, re-reading the signing keys. With RunAtExit it runs
// once more when destroyed, so e.g. no counted use is lost at shutdown.
class PeriodicTask : public QObject {
    Q_OBJECT
public:
    enum class AtExit { Skip, Run };

    PeriodicTask(std::function<void()> work, int intervalMs, AtExit atExit = AtExit::Skip,
                 QObject *parent = nullptr);
    ~PeriodicTask() override;

private:
    std::function<void()> m_work;
    AtExit m_atExit;
    QThreadPool m_thread;
    QTimer m_timer;
    QFuture<void> m_running;
};
