// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TokenCommand.h"

#include "AdminSession.h"
#include "CommonOptions.h"
#include "domain/Services.h"

#include <QJsonObject>
#include <QTextStream>

using namespace keyward;

int TokenCommand::run(const QStringList &arguments)
{
    AdminSession session(
        QStringLiteral("Exchange an API key for a JWT."),
        QStringLiteral("(none) the key on standard input with --api-key -, or in KEYWARD_API_KEY"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        QStringLiteral("The key; - reads it from standard input (env KEYWARD_API_KEY). A key "
                       "given here is visible in ps."),
        QStringLiteral("key"));
    session.parser().addOption(apiKey);
    // `token` has no verb: give the session one so it opens the store.
    if (const auto exit = session.open(QStringList(arguments) << QStringLiteral("exchange")))
        return *exit;
    QByteArray key = qgetenv("KEYWARD_API_KEY");
    if (session.parser().isSet(apiKey)) {
        key = session.parser().value(apiKey).toUtf8();
        if (key == "-")
            key = QTextStream(stdin).readLine().trimmed().toUtf8();
        else
            CommonOptions::warnSecretOnCommandLine(
                QStringLiteral("a key given with --api-key"),
                QStringLiteral("use --api-key - (standard input) or KEYWARD_API_KEY"));
    }
    if (key.isEmpty())
        return session.usage(QStringLiteral("token needs --api-key or KEYWARD_API_KEY"));
    // The CLI runs on this machine: allow-lists see it as the loopback address.
    const auto exchanged =
        session.services().keyExchange.exchange(key, KeyExchange::localAddress());
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted) {
        QTextStream(stderr) << "keyward: no token: "
                            << KeyExchange::explainLocalRefusal(exchanged.check).text() << Qt::endl;
        return exchanged.check.outcome == KeyVerifier::Outcome::Unavailable ? AdminSession::Failure
                                                                            : AdminSession::Refused;
    }
    const QString token = QString::fromLatin1(exchanged.token);
    if (session.parser().isSet(QStringLiteral("json")))
        return session.print(QJsonObject{{QStringLiteral("token"), token}}, {});
    QTextStream(stdout) << token << Qt::endl;
    return AdminSession::Success;
}
