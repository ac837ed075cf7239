// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "PeriodicTask.h"

#include <QtConcurrent>

PeriodicTask::PeriodicTask(std::function<void()> work, int intervalMs, AtExit atExit,
                           QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_atExit(atExit)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // keep the thread, and its database connection
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running.isRunning())
            m_running = QtConcurrent::run(&m_thread, m_work);
    });
    m_timer.start(intervalMs);
}

PeriodicTask::~PeriodicTask()
{
    m_timer.stop();
    m_running.waitForFinished();
    if (m_atExit == AtExit::Run)
        QtConcurrent::run(&m_thread, m_work).waitForFinished();
}
