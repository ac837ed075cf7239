// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpClient.h"

#include <QProcess>
#include <QStringList>

namespace keyward {

// A real `keyward serve` (the executable KEYWARD_BINARY names) in a process
// of its own on a free loopback port: for tests of what only the executable
// shows, such as its memory, or several instances sharing one store.
class ServeProcess {
public:
    // The test's environment with HOME set and a first-start SuperAdmin
    // admin@example.com / adminpassword; add KEYWARD_DB etc. to it.
    static QProcessEnvironment environment(const QString &home);

    // Tenant 1's key, and that SuperAdmin's fresh login token, through `server`.
    static QByteArray tenantKey(HttpClient &server);
    static QByteArray adminToken(HttpClient &server);
    // Both as the success-envelope API's headers: x-api-key and bearer.
    static HttpClient::Headers administrator(HttpClient &server);

    ServeProcess(const QProcessEnvironment &environment, const QStringList &arguments = {});
    ~ServeProcess(); // SIGTERM, then waits for the exit

    // Starts it and waits (up to 15 s) until it listens; false if it did not.
    bool start();
    // SIGTERM and waits (up to 15 s): the exit code, or -1 if it crashed or
    // hung. Anything but 0 prints what the server wrote to stderr.
    int stop();
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }
    // Resident memory now, and its peak since start or resetPeak() (VmRSS,
    // VmHWM), in KiB.
    qint64 residentKiB() const { return statusField("VmRSS:"); }
    qint64 peakResidentKiB() const { return statusField("VmHWM:"); }
    bool resetPeak() const;

private:
    qint64 statusField(const QByteArray &name) const;

    QProcess m_process;
    QStringList m_arguments;
    quint16 m_port = 0;
};

} // namespace keyward
