// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "store/DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace keyward {

namespace {

// libpq keywords we pass through unchanged; anything else is refused so that
// a typo does not silently connect without the intended option.
const QStringList &passThroughOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    return options;
}

Result<DatabaseUrl, QString> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("invalid PostgreSQL URL: %1").arg(url.errorString());
    DatabaseUrl parsed;
    parsed.backend = DatabaseUrl::Backend::PostgreSQL;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.password = url.password();
    parsed.databaseName = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            parsed.host = value; // libpq: a directory means a Unix socket
        else if (key == QLatin1String("port"))
            parsed.port = value.toInt();
        else if (passThroughOptions().contains(key))
            options << key + QLatin1Char('=') + value;
        else
            return QStringLiteral("unsupported PostgreSQL URL parameter: %1").arg(key);
    }
    parsed.connectOptions = options.join(QLatin1Char(';'));
    if (parsed.databaseName.isEmpty())
        return QStringLiteral("PostgreSQL URL names no database: %1").arg(parsed.redacted());
    if (parsed.host.isEmpty())
        parsed.host = QStringLiteral("localhost");
    return parsed;
}

} // namespace

Result<DatabaseUrl, QString> DatabaseUrl::parse(const QString &text)
{
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://")))
        return parsePostgres(text);
    if (text.contains(QLatin1String("://")))
        return QStringLiteral("unsupported database URL scheme: %1")
            .arg(text.section(QLatin1Char(':'), 0, 0));
    if (text.trimmed().isEmpty())
        return QStringLiteral("empty database path");
    DatabaseUrl parsed;
    parsed.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(text));
    return parsed;
}

QString DatabaseUrl::redacted() const
{
    if (backend == Backend::SQLite)
        return sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    QString shown = url.toString();
    if (host.startsWith(QLatin1Char('/')))
        shown += QStringLiteral("?host=") + host;
    return shown;
}

} // namespace keyward
