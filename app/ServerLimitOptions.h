#pragma once

#include "ApiServer.h"
#include "Result.h"

#include <QCommandLineParser>

// The connection guard's limits as `keyward serve` options, each also
// settable through the environment: concurrent connections, request body
// and head sizes, header fields, and the request and idle timeouts.
class ServerLimitOptions {
public:
    ServerLimitOptions();

    void addTo(QCommandLineParser &parser) const;
    // The limits given (defaults for the rest) written into `settings`, or
    // which option is out of range.
    keyward::Result<keyward::Ok, QString> apply(const QCommandLineParser &parser,
                                                keyward::ApiServer::Settings &settings) const;

private:
    struct Limit {
        QCommandLineOption option;
        const char *environmentVariable;
        qint64 minimum;
        qint64 maximum;
    };
    QList<Limit> m_limits;
};
