// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiServer.h"
#include "Result.h"

#include <QCommandLineParser>

// The connection guard's limits as `keyward serve` options, each also
// settable through the environment: concurrent connections (overall and
// per address), request body and head sizes, header fields, the request and
// idle timeouts, pipelined requests and unsent answers per connection, and
// a connection's lifetime.
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
