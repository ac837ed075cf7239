// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ServerLimitOptions.h"

#include "CommonOptions.h"

using keyward::ApiServer;

namespace {

// Indexes into m_limits, in the order the constructor adds them.
enum {
    Connections,
    ConnectionsPerAddress,
    BodyBytes,
    HeaderFields,
    HeaderBytes,
    RequestTimeout,
    IdleTimeout,
    PipelinedRequests,
    UnsentBytes,
    ConnectionLifetime
};

QCommandLineOption limitOption(const char *name, const QString &description, const char *valueName,
                               qint64 defaultValue)
{
    return QCommandLineOption(QString::fromLatin1(name),
                              description + QStringLiteral(" Default: %1.").arg(defaultValue),
                              QString::fromLatin1(valueName), QString::number(defaultValue));
}

} // namespace

ServerLimitOptions::ServerLimitOptions()
{
    const ApiServer::Settings defaults;
    m_limits = {
        {limitOption("max-connections",
                     QStringLiteral("Open connections at most; a newcomer beyond gets 503 "
                                    "(env KEYWARD_MAX_CONNECTIONS)."),
                     "count", defaults.maxConnections),
         "KEYWARD_MAX_CONNECTIONS", 1, 100'000},
        {limitOption("max-connections-per-address",
                     QStringLiteral("Open connections from one client address at most, 0 for no "
                                    "cap; a newcomer beyond gets 503. Not behind a proxy: all "
                                    "its clients share its address (env "
                                    "KEYWARD_MAX_CONNECTIONS_PER_ADDRESS)."),
                     "count", defaults.maxConnectionsPerAddress),
         "KEYWARD_MAX_CONNECTIONS_PER_ADDRESS", 0, 100'000},
        {limitOption("max-body-bytes",
                     QStringLiteral("Largest request body; a larger one gets 413 before it is "
                                    "read (env KEYWARD_MAX_BODY_BYTES)."),
                     "bytes", defaults.maxBodyBytes),
         "KEYWARD_MAX_BODY_BYTES", 1024, 64 * 1024 * 1024},
        {limitOption("max-header-fields",
                     QStringLiteral("Most header fields in a request, else 431 (env "
                                    "KEYWARD_MAX_HEADER_FIELDS; QHttpServer drops all beyond "
                                    "100)."),
                     "count", defaults.maxHeaderFields),
         "KEYWARD_MAX_HEADER_FIELDS", 8, 100},
        {limitOption("max-header-bytes",
                     QStringLiteral("Largest request line and header, else 431 (env "
                                    "KEYWARD_MAX_HEADER_BYTES; QHttpServer takes at most "
                                    "256 KiB)."),
                     "bytes", defaults.maxHeaderBytes),
         "KEYWARD_MAX_HEADER_BYTES", 1024, 256 * 1024},
        {limitOption("request-timeout",
                     QStringLiteral("Seconds for a request to arrive completely, else 408 "
                                    "(env KEYWARD_REQUEST_TIMEOUT)."),
                     "seconds", defaults.requestTimeoutMs / 1000),
         "KEYWARD_REQUEST_TIMEOUT", 1, 3600},
        {limitOption("idle-timeout",
                     QStringLiteral("Seconds an idle keep-alive connection stays open (env "
                                    "KEYWARD_IDLE_TIMEOUT)."),
                     "seconds", defaults.idleTimeoutMs / 1000),
         "KEYWARD_IDLE_TIMEOUT", 1, 3600},
        {limitOption("max-pipelined-requests",
                     QStringLiteral("Requests taken from one connection and not yet answered; "
                                    "beyond, the connection is not read until answers go out "
                                    "(env KEYWARD_MAX_PIPELINED_REQUESTS)."),
                     "count", defaults.maxPipelinedRequests),
         "KEYWARD_MAX_PIPELINED_REQUESTS", 1, 1024},
        {limitOption("max-unsent-bytes",
                     QStringLiteral("Answers a client has not read yet, beyond what the kernel "
                                    "holds; beyond, its connection is not read, and if it does "
                                    "not read for the idle timeout it is reset (env "
                                    "KEYWARD_MAX_UNSENT_BYTES)."),
                     "bytes", defaults.maxUnsentBytes),
         "KEYWARD_MAX_UNSENT_BYTES", 64 * 1024, 64 * 1024 * 1024},
        {limitOption("connection-lifetime",
                     QStringLiteral("Seconds a connection may stay open; then it closes after "
                                    "the answers it owes (env KEYWARD_CONNECTION_LIFETIME)."),
                     "seconds", defaults.maxConnectionLifetimeMs / 1000),
         "KEYWARD_CONNECTION_LIFETIME", 1, 7 * 24 * 3600},
    };
}

void ServerLimitOptions::addTo(QCommandLineParser &parser) const
{
    for (const Limit &limit : m_limits)
        parser.addOption(limit.option);
}

keyward::Result<keyward::Ok, QString> ServerLimitOptions::apply(const QCommandLineParser &parser,
                                                                ApiServer::Settings &settings) const
{
    QList<qint64> values;
    for (const Limit &limit : m_limits) {
        const auto value = CommonOptions::integerInRange(
            parser, limit.option, limit.environmentVariable, limit.minimum, limit.maximum);
        if (!value)
            return value.error();
        values.append(*value);
    }
    settings.maxConnections = int(values[Connections]);
    settings.maxConnectionsPerAddress = int(values[ConnectionsPerAddress]);
    settings.maxBodyBytes = values[BodyBytes];
    settings.maxHeaderFields = int(values[HeaderFields]);
    settings.maxHeaderBytes = values[HeaderBytes];
    settings.requestTimeoutMs = int(values[RequestTimeout] * 1000);
    settings.idleTimeoutMs = int(values[IdleTimeout] * 1000);
    settings.maxPipelinedRequests = int(values[PipelinedRequests]);
    settings.maxUnsentBytes = values[UnsentBytes];
    settings.maxConnectionLifetimeMs = values[ConnectionLifetime] * 1000;
    return keyward::Ok{};
}
