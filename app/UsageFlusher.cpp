#include "UsageFlusher.h"

#include "domain/UsageRecorder.h"

#include <QtConcurrent>

UsageFlusher::UsageFlusher(keyward::UsageRecorder &usage, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_usage(usage)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // keep the thread, and its database connection
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running.isRunning())
            m_running = QtConcurrent::run(&m_thread, [this] { m_usage.flush(); });
    });
    m_timer.start(intervalMs);
}

UsageFlusher::~UsageFlusher()
{
    m_timer.stop();
    m_running.waitForFinished();
    QtConcurrent::run(&m_thread, [this] { m_usage.flush(); }).waitForFinished();
}
