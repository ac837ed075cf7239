// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SigningKeyCommand.h"

#include "AdminSession.h"
#include "CliViews.h"
#include "CommonOptions.h"
#include "domain/Services.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace keyward;

namespace {

const QStringList headers{QStringLiteral("KID"), QStringLiteral("ALGORITHM"),
                          QStringLiteral("STATUS"), QStringLiteral("CREATED"),
                          QStringLiteral("RETIRED")};

QStringList row(const StoredSigningKey &key)
{
    return {key.kid, key.algorithm, key.status, key.createdAt.toString(Qt::ISODate),
            key.retiredAt.isValid() ? key.retiredAt.toString(Qt::ISODate) : QStringLiteral("-")};
}

QJsonObject view(const StoredSigningKey &key)
{
    return {{QStringLiteral("kid"), key.kid},
            {QStringLiteral("algorithm"), key.algorithm},
            {QStringLiteral("status"), key.status},
            {QStringLiteral("createdAt"), CliViews::time(key.createdAt)},
            {QStringLiteral("retiredAt"),
             key.retiredAt.isValid() ? QJsonValue(CliViews::time(key.retiredAt)) : QJsonValue()}};
}

} // namespace

int SigningKeyCommand::run(const QStringList &arguments)
{
    AdminSession session(
        QStringLiteral("Manage the JWT signing keys. `rotate` makes a new key of the store's "
                       "algorithm sign from now on; the previous one keeps verifying the tokens "
                       "it signed until `retire`. Running servers follow within "
                       "--signing-key-refresh seconds."),
        QStringLiteral("list | rotate | retire [KID]"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QStringLiteral("Retire even though the v1 API keys hold JWTs signed by the retiring "
                       "key (they stop working)."));
    const QCommandLineOption algorithm(
        QStringLiteral("algorithm"),
        QStringLiteral("rotate: make the new key of this algorithm (HS256, ES256, EdDSA or "
                       "RS256), moving the store to it; tokens of the old one keep verifying "
                       "until its key is retired."),
        QStringLiteral("alg"));
    session.parser().addOptions({force, algorithm});
    if (const auto exit = session.open(arguments))
        return *exit;
    if (session.parser().isSet(algorithm) && session.verb() != QLatin1String("rotate"))
        return session.usage(QStringLiteral("--algorithm only applies to signing-key rotate"));
    const SigningKeyService &rotation = session.services().signingKeys;
    if (session.verb() == QLatin1String("list")) {
        auto keys = rotation.list(session.actor());
        if (!keys)
            return session.fail(keys.error());
        AdminSession::Table table{headers, {}};
        QJsonArray json;
        for (const StoredSigningKey &key : *keys) {
            table.rows << row(key);
            json << view(key);
        }
        return session.print(json, table, QStringLiteral("no signing keys"));
    }
    if (session.verb() == QLatin1String("rotate")) {
        std::optional<JwtAlgorithm> next;
        if (session.parser().isSet(algorithm)) {
            const auto parsed = CommonOptions::jwtAlgorithm(session.parser().value(algorithm));
            if (!parsed)
                return session.usage(parsed.error());
            next = *parsed;
        }
        auto rotated = rotation.rotate(session.actor(), next);
        if (!rotated)
            return session.fail(rotated.error());
        const QJsonObject json{{QStringLiteral("active"), rotated->activeKid},
                               {QStringLiteral("retiring"), rotated->retiringKid}};
        return session.print(json, {{QStringLiteral("ACTIVE"), QStringLiteral("RETIRING")},
                                    {{rotated->activeKid, rotated->retiringKid}}});
    }
    if (session.verb() == QLatin1String("retire")) {
        if (session.operands().size() > 1)
            return session.usage(QStringLiteral("signing-key retire takes at most one KID"));
        auto retired = rotation.retire(session.actor(), session.operands().value(0),
                                       session.parser().isSet(force));
        if (!retired)
            return session.fail(retired.error());
        if (retired->strandedJwtKeys > 0)
            QTextStream(stderr) << "keyward: warning: " << retired->strandedJwtKeys
                                << " the v1 API key(s) held a JWT signed by a retired key; "
                                   "rotate them to give their holders a working one"
                                << Qt::endl;
        AdminSession::Table table{{QStringLiteral("RETIRED")}, {}};
        for (const QString &kid : retired->kids)
            table.rows << QStringList{kid};
        return session.print(
            QJsonObject{{QStringLiteral("retired"), QJsonArray::fromStringList(retired->kids)}},
            table);
    }
    return session.usage(QStringLiteral("unknown signing-key command \"%1\"").arg(session.verb()));
}
