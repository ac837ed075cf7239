// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ServeProcess.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

namespace keyward {

QProcessEnvironment ServeProcess::environment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("KEYWARD_ADMIN_EMAIL"), QStringLiteral("admin@example.com"));
    environment.insert(QStringLiteral("KEYWARD_ADMIN_PASSWORD"), QStringLiteral("adminpassword"));
    return environment;
}

ServeProcess::ServeProcess(const QProcessEnvironment &environment, const QStringList &arguments)
    : m_arguments(arguments)
{
    m_process.setProcessEnvironment(environment);
}

ServeProcess::~ServeProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

bool ServeProcess::start()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    m_process.start(
        qEnvironmentVariable("KEYWARD_BINARY"),
        QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_port)} +
            m_arguments);
    QByteArray output;
    const bool listening = QTest::qWaitFor(
        [&] {
            output += m_process.readAllStandardOutput();
            return output.contains("serving on") || m_process.state() == QProcess::NotRunning;
        },
        15000);
    if (listening && output.contains("serving on"))
        return true;
    qWarning("keyward serve did not start: %s", m_process.readAllStandardError().constData());
    return false;
}

int ServeProcess::stop()
{
    m_process.terminate();
    const bool finished = m_process.waitForFinished(15000);
    const int code =
        finished && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    if (code != 0)
        qWarning("keyward serve stopped with %d: %s", code,
                 m_process.readAllStandardError().right(20000).constData());
    return code;
}

bool ServeProcess::resetPeak() const
{
    // proc(5): writing 5 to clear_refs resets the peak resident set size.
    QFile clearRefs(QStringLiteral("/proc/%1/clear_refs").arg(m_process.processId()));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

qint64 ServeProcess::statusField(const QByteArray &name) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray ServeProcess::tenantKey(HttpClient &server)
{
    return server.get(QStringLiteral("/api/ApiKey/1/apikey"))
        .json()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("key"))
        .toString()
        .toLatin1();
}

QByteArray ServeProcess::adminToken(HttpClient &server)
{
    return server
        .post(QStringLiteral("/api/Token/generate"),
              {{QStringLiteral("email"), QStringLiteral("admin@example.com")},
               {QStringLiteral("password"), QStringLiteral("adminpassword")}},
              {{"x-api-key", tenantKey(server)}})
        .json()
        .value(QStringLiteral("data"))
        .toString()
        .toLatin1();
}

HttpClient::Headers ServeProcess::administrator(HttpClient &server)
{
    return {{"x-api-key", tenantKey(server)}, {"Authorization", "Bearer " + adminToken(server)}};
}

} // namespace keyward
