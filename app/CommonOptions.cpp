// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CommonOptions.h"

#include "store/DatabaseUrl.h"

#include <QTextStream>
#include <QUrl>

namespace {

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("db")},
        QStringLiteral("SQLite file or postgresql://user@host:port/db URL (env KEYWARD_DB; "
                       "default: %1). A password belongs in PGPASSWORD, ~/.pgpass or a "
                       "service file: in the URL, ps shows it.")
            .arg(keyward::Runtime::defaultDatabasePath()),
        QStringLiteral("location"));
    return option;
}

const QCommandLineOption &masterKeyOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("master-key-file")},
        QStringLiteral("File holding the master key, created if missing (env "
                       "KEYWARD_MASTER_KEY_FILE; KEYWARD_MASTER_KEY overrides both)."),
        QStringLiteral("path"));
    return option;
}

const QCommandLineOption &algorithmOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("jwt-alg")},
        QStringLiteral("JWT signing algorithm of a new store: HS256, ES256, EdDSA or RS256 (env "
                       "KEYWARD_JWT_ALG; default: the store's, HS256 for a new store)."),
        QStringLiteral("alg"));
    return option;
}

const QCommandLineOption &issuerOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("issuer")},
        QStringLiteral("The iss of every token, and the base of the OAuth endpoints' URLs in the "
                       "server metadata: this server's public http(s) URL, without query or "
                       "fragment (env KEYWARD_ISSUER; default: keyward)."),
        QStringLiteral("url"));
    return option;
}

const QCommandLineOption &audienceOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("audience")},
        QStringLiteral("The aud of access tokens, which relying parties pin (env "
                       "KEYWARD_AUDIENCE; default: the issuer)."),
        QStringLiteral("aud"));
    return option;
}

// RFC 8414 §2: an issuer is an http(s) URL with no query or fragment.
std::optional<QString> issuerProblem(const QString &issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return QStringLiteral("--issuer must be an http or https URL without user, query or "
                              "fragment, such as https://keys.example.com (got \"%1\")")
            .arg(issuer);
    return std::nullopt;
}

// An audience is one StringOrURI (RFC 7519 §2): anything printable, and no
// spaces, which would read as several.
std::optional<QString> audienceProblem(const QString &audience)
{
    for (const QChar c : audience) {
        if (!c.isPrint() || c.isSpace())
            return QStringLiteral("--audience must be one word or URL, without spaces or "
                                  "control characters (got \"%1\")")
                .arg(audience);
    }
    return std::nullopt;
}

} // namespace

std::optional<int> CommonOptions::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "keyward: " << parser.errorText() << "\n\n" << parser.helpText();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

void CommonOptions::add(QCommandLineParser &parser)
{
    parser.addOptions(
        {databaseOption(), masterKeyOption(), algorithmOption(), issuerOption(), audienceOption()});
}

QString CommonOptions::valueOrEnvironment(const QCommandLineParser &parser,
                                          const QCommandLineOption &option,
                                          const char *environmentVariable)
{
    if (parser.isSet(option))
        return parser.value(option);
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    return fromEnvironment.isEmpty() ? parser.value(option) : fromEnvironment;
}

keyward::Result<qint64, QString> CommonOptions::integerInRange(const QCommandLineParser &parser,
                                                               const QCommandLineOption &option,
                                                               const char *environmentVariable,
                                                               qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = valueOrEnvironment(parser, option, environmentVariable).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return QStringLiteral("--%1 must be a number from %2 to %3")
            .arg(option.names().first())
            .arg(minimum)
            .arg(maximum);
    return value;
}

keyward::Result<keyward::Runtime::Settings, QString>
CommonOptions::runtimeSettings(const QCommandLineParser &parser)
{
    keyward::Runtime::Settings settings;
    settings.databaseLocation = valueOrEnvironment(parser, databaseOption(), "KEYWARD_DB");
    if (parser.isSet(databaseOption())) {
        const auto url = keyward::DatabaseUrl::parse(settings.databaseLocation);
        if (url && !url->password.isEmpty())
            warnSecretOnCommandLine(QStringLiteral("the password in --db"),
                                    QStringLiteral("put it in PGPASSWORD, ~/.pgpass or a service "
                                                   "file, or the URL in KEYWARD_DB"));
    }
    settings.masterKeyFile =
        valueOrEnvironment(parser, masterKeyOption(), "KEYWARD_MASTER_KEY_FILE");
    settings.issuer = valueOrEnvironment(parser, issuerOption(), "KEYWARD_ISSUER");
    if (!settings.issuer.isEmpty()) {
        if (const auto problem = issuerProblem(settings.issuer))
            return *problem;
    }
    settings.audience = valueOrEnvironment(parser, audienceOption(), "KEYWARD_AUDIENCE");
    if (const auto problem = audienceProblem(settings.audience))
        return *problem;
    const QString algorithm = valueOrEnvironment(parser, algorithmOption(), "KEYWARD_JWT_ALG");
    if (algorithm.isEmpty())
        return settings;
    const auto parsed = jwtAlgorithm(algorithm);
    if (!parsed)
        return parsed.error();
    settings.algorithm = *parsed;
    return settings;
}

keyward::Result<keyward::JwtAlgorithm, QString> CommonOptions::jwtAlgorithm(const QString &name)
{
    const auto parsed = keyward::jwtAlgorithmFromName(name);
    if (!parsed)
        return QStringLiteral("unknown JWT algorithm %1 (use HS256, ES256, EdDSA or RS256)")
            .arg(name);
    return *parsed;
}

void CommonOptions::warnSecretOnCommandLine(const QString &what, const QString &instead)
{
    QTextStream(stderr) << "keyward: warning: " << what
                        << " is visible to every user of this machine (ps); " << instead
                        << Qt::endl;
}
