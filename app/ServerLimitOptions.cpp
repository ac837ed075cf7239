#include "ServerLimitOptions.h"

#include "CommonOptions.h"

using keyward::ApiServer;

namespace {

// Indexes into m_limits, in the order the constructor adds them.
enum { Connections, BodyBytes, HeaderFields, HeaderBytes, RequestTimeout, IdleTimeout };

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
                                    "KEYWARD_MAX_HEADER_BYTES)."),
                     "bytes", defaults.maxHeaderBytes),
         "KEYWARD_MAX_HEADER_BYTES", 1024, 1024 * 1024},
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
    settings.maxBodyBytes = values[BodyBytes];
    settings.maxHeaderFields = int(values[HeaderFields]);
    settings.maxHeaderBytes = values[HeaderBytes];
    settings.requestTimeoutMs = int(values[RequestTimeout] * 1000);
    settings.idleTimeoutMs = int(values[IdleTimeout] * 1000);
    return keyward::Ok{};
}
