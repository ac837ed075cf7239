#include "TokenCommand.h"

#include "AdminSession.h"
#include "CommonOptions.h"
#include "FamilyA.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    const auto check = session.services().keyVerifier.verify(
        key, {QStringLiteral("127.0.0.1"), QStringLiteral("token:generate")});
    if (check.outcome != KeyVerifier::Outcome::Accepted) {
        const QJsonObject refusal =
            QJsonDocument::fromJson(FamilyA::keyRefused(check).body).object();
        QTextStream(stderr) << "keyward: " << refusal.value(QStringLiteral("message")).toString()
                            << ": "
                            << refusal.value(QStringLiteral("errors")).toArray().first().toString()
                            << Qt::endl;
        return check.outcome == KeyVerifier::Outcome::Unavailable ? AdminSession::Failure
                                                                  : AdminSession::Refused;
    }
    const QString token = QString::fromLatin1(session.services().tokens.issueForKey(*check.key));
    if (session.parser().isSet(QStringLiteral("json")))
        return session.print(QJsonObject{{QStringLiteral("token"), token}}, {});
    QTextStream(stdout) << token << Qt::endl;
    return AdminSession::Success;
}
