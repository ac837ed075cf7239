// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ServeCommand.h"

#include "ApiServer.h"
#include "BufferedMessageLog.h"
#include "CommonOptions.h"
#include "Runtime.h"
#include "ServerLimitOptions.h"
#include "UnixSignalWatcher.h"
#include "Upkeep.h"
#include "domain/Services.h"
#include "network/SubnetAllowList.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

using namespace keyward;

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serve the Keyward HTTP API."));
    parser.addHelpOption();
    CommonOptions::add(parser);
    const QCommandLineOption host(QStringList{QStringLiteral("host")},
                                  QStringLiteral("Address to listen on (env KEYWARD_HOST)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringList{QStringLiteral("port")},
                                  QStringLiteral("TCP port to listen on (env KEYWARD_PORT)."),
                                  QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption eventLoops(
        QStringList{QStringLiteral("event-loops")},
        QStringLiteral("Event loops reading and answering requests, each on its own thread and "
                       "listening socket (env KEYWARD_EVENT_LOOPS; default: one per core)."),
        QStringLiteral("count"), QString::number(qMax(1, QThread::idealThreadCount())));
    const QCommandLineOption workers(
        QStringList{QStringLiteral("workers")},
        QStringLiteral("Worker threads for requests that wait on the store or hash passwords."),
        QStringLiteral("count"), QStringLiteral("4"));
    const QCommandLineOption trustedProxies(
        QStringList{QStringLiteral("trusted-proxy")},
        QStringLiteral(
            "Comma-separated IPs/CIDRs of reverse proxies whose X-Forwarded-For is believed "
            "(env KEYWARD_TRUSTED_PROXIES)."),
        QStringLiteral("networks"));
    const QCommandLineOption signingKeyRefresh(
        QStringList{QStringLiteral("signing-key-refresh")},
        QStringLiteral("Seconds between looks for signing keys rotated elsewhere, and how long "
                       "the JWKS may be cached (env KEYWARD_SIGNING_KEY_REFRESH)."),
        QStringLiteral("seconds"),
        QString::number(Upkeep::Settings::defaultSigningKeyRefreshSeconds));
    const QCommandLineOption corsOrigins(
        QStringList{QStringLiteral("cors-origin")},
        QStringLiteral("A browser origin that may call the API, such as https://app.example.com; "
                       "repeatable (env KEYWARD_CORS_ORIGINS, comma-separated)."),
        QStringLiteral("origin"));
    const QCommandLineOption usageRetention(
        QStringList{QStringLiteral("usage-retention")},
        QStringLiteral("Days each key's hourly usage and recent addresses are kept "
                       "(env KEYWARD_USAGE_RETENTION_DAYS)."),
        QStringLiteral("days"), QString::number(Upkeep::Settings().usageRetentionDays));
    parser.addOptions({host, port, eventLoops, workers, trustedProxies, signingKeyRefresh,
                       corsOrigins, usageRetention});
    const ServerLimitOptions limits;
    limits.addTo(parser);
    if (const auto exit = CommonOptions::parse(parser, arguments))
        return *exit;

    QTextStream err(stderr);
    auto settings = CommonOptions::runtimeSettings(parser);
    if (!settings) {
        err << "keyward: " << settings.error() << Qt::endl;
        return 2;
    }
    const QString hostText = CommonOptions::valueOrEnvironment(parser, host, "KEYWARD_HOST");
    const QHostAddress address(hostText);
    bool portOk = false;
    const uint portNumber =
        CommonOptions::valueOrEnvironment(parser, port, "KEYWARD_PORT").toUInt(&portOk);
    const int workerCount = parser.value(workers).toInt();
    const QString proxies =
        CommonOptions::valueOrEnvironment(parser, trustedProxies, "KEYWARD_TRUSTED_PROXIES");
    if (const auto bad = SubnetAllowList().invalidEntry(proxies)) {
        err << "keyward: --trusted-proxy: not an IP address or CIDR range: " << *bad << Qt::endl;
        return 2;
    }
    if (!proxies.trimmed().isEmpty() && SubnetAllowList().normalized(proxies).isEmpty()) {
        err << "keyward: --trusted-proxy: the list names no address; leave it out to trust no "
               "proxy"
            << Qt::endl;
        return 2;
    }
    if (address.isNull() || !portOk || portNumber > 65535 || workerCount < 1) {
        err << "keyward: --host must be an IP address, --port 0-65535, --workers at least 1"
            << Qt::endl;
        return 2;
    }
    const auto loopCount =
        CommonOptions::integerInRange(parser, eventLoops, "KEYWARD_EVENT_LOOPS", 1, 256);
    if (!loopCount) {
        err << "keyward: " << loopCount.error() << Qt::endl;
        return 2;
    }
    const auto refreshSeconds = CommonOptions::integerInRange(
        parser, signingKeyRefresh, "KEYWARD_SIGNING_KEY_REFRESH", 1, 3600);
    if (!refreshSeconds) {
        err << "keyward: " << refreshSeconds.error() << Qt::endl;
        return 2;
    }
    const auto retentionDays = CommonOptions::integerInRange(
        parser, usageRetention, "KEYWARD_USAGE_RETENTION_DAYS", 1, 3660);
    if (!retentionDays) {
        err << "keyward: " << retentionDays.error() << Qt::endl;
        return 2;
    }

    ApiServer::Settings serverSettings;
    if (auto applied = limits.apply(parser, serverSettings); !applied) {
        err << "keyward: " << applied.error() << Qt::endl;
        return 2;
    }
    QStringList origins = parser.values(corsOrigins);
    if (origins.isEmpty())
        origins = qEnvironmentVariable("KEYWARD_CORS_ORIGINS").split(u',', Qt::SkipEmptyParts);
    for (const QString &text : std::as_const(origins)) {
        const auto origin = CorsPolicy::origin(text);
        if (!origin) {
            err << "keyward: " << origin.error() << Qt::endl;
            return 2;
        }
        serverSettings.corsOrigins << *origin;
    }

    // The access log's line per request goes out in batches, not one write each.
    const BufferedMessageLog messageLog(STDERR_FILENO);
    auto runtime = Runtime::open(*settings);
    if (!runtime) {
        err << "keyward: " << runtime.error() << Qt::endl;
        return 1;
    }
    Services &services = (*runtime)->services();
    serverSettings.eventLoops = int(*loopCount);
    serverSettings.workerThreads = workerCount;
    serverSettings.trustedProxies = proxies;
    serverSettings.jwksMaxAgeSeconds = int(*refreshSeconds);
    ApiServer server(services, serverSettings);
    auto listening = server.listen(address, quint16(portNumber));
    if (!listening) {
        err << "keyward: " << listening.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "keyward: serving on http://"
                        << (address.protocol() == QAbstractSocket::IPv6Protocol
                                ? QStringLiteral("[%1]").arg(address.toString())
                                : address.toString())
                        << ':' << *listening << Qt::endl;

    auto upkeep = std::make_unique<Upkeep>(
        services, Upkeep::Settings{int(*refreshSeconds), int(*retentionDays)});
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested,
                     [](int) { QCoreApplication::exit(0); });
    const int code = QCoreApplication::exec();
    server.stop();
    upkeep.reset(); // writes the last counts
    QTextStream(stdout) << "keyward: stopped" << Qt::endl;
    return code;
}
