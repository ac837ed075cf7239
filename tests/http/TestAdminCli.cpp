// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The admin commands of the keyward executable, on the same store as the
// API: human tables, --json, the secret printed once, and exit codes
// scripts can rely on. Runs on SQLite and PostgreSQL.
#include "CliCommand.h"
#include "JwtHeader.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTest>

using namespace keyward;

class TestAdminCli : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CliCommand> m_cli;

    using Run = CliCommand::Run;
    Run keyward(const QStringList &arguments, const QByteArray &input = {},
                const QList<QPair<QString, QString>> &variables = {})
    {
        return m_cli->run(arguments, input, variables);
    }

private slots:
    void init() { m_cli = std::make_unique<CliCommand>(); }
    void cleanup() { m_cli.reset(); }

    // --json is the CLI's own view of a key, named as the store names it,
    // not the wire format of any HTTP dialect (no masked "key", no
    // createdDate); the secret is added once, at creation.
    void jsonShowsTheCommandLinesOwnViewOfAKey()
    {
        Run run =
            keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"),
                     QStringLiteral("ingest"), QStringLiteral("--permission"),
                     QStringLiteral("read"), QStringLiteral("--allowed-ip"),
                     QStringLiteral("10.0.0.0/8"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QJsonObject key = run.json().object();
        const QString secret = key.take(QStringLiteral("key")).toString();
        QVERIFY2(secret.startsWith(QStringLiteral("sk_")), run.out.constData());
        const QStringList fields{QStringLiteral("allowedNetworks"),
                                 QStringLiteral("createdAt"),
                                 QStringLiteral("description"),
                                 QStringLiteral("expiresAt"),
                                 QStringLiteral("id"),
                                 QStringLiteral("kind"),
                                 QStringLiteral("lastUsedAt"),
                                 QStringLiteral("name"),
                                 QStringLiteral("permissions"),
                                 QStringLiteral("prefix"),
                                 QStringLiteral("rateLimitPerMinute"),
                                 QStringLiteral("rotatedFromId"),
                                 QStringLiteral("status"),
                                 QStringLiteral("tenantId"),
                                 QStringLiteral("useCount")};
        QCOMPARE(key.keys(), fields);
        QVERIFY(secret.startsWith(key.value(QStringLiteral("prefix")).toString()));
        QCOMPARE(key.value(QStringLiteral("allowedNetworks")).toString(),
                 QStringLiteral("10.0.0.0/8"));
        QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QVERIFY(key.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(key.value(QStringLiteral("lastUsedAt")).isNull());

        run = keyward({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QJsonObject listed;
        for (const QJsonValue &row : run.json().array())
            if (row.toObject().value(QStringLiteral("id")) == key.value(QStringLiteral("id")))
                listed = row.toObject();
        QCOMPARE(listed, key);
        QVERIFY(!run.out.contains(secret.toLatin1()));
    }

    void tenantsAndKeysRoundTrip()
    {
        Run run = keyward({QStringLiteral("tenant"), QStringLiteral("create"),
                           QStringLiteral("Acme Ltd"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const qint64 tenant = run.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(tenant > 1);

        run = keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--tenant"),
                       QString::number(tenant), QStringLiteral("--name"), QStringLiteral("billing"),
                       QStringLiteral("--permission"), QStringLiteral("read"),
                       QStringLiteral("--permission"), QStringLiteral("token:generate")});
        QCOMPARE(run.code, 0);
        const QByteArray secret = run.out.trimmed().split('\n').last();
        QVERIFY2(secret.startsWith("sk_"), run.out.constData());
        QVERIFY(run.err.contains("shown this once"));
        QVERIFY(run.out.contains("billing"));

        run = keyward({QStringLiteral("token"), QStringLiteral("--api-key"), QStringLiteral("-")},
                      secret + '\n');
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("eyJ"));

        run = keyward({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--tenant"),
                       QString::number(tenant), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonArray keys = run.json().array();
        QCOMPARE(keys.size(), 2);           // the tenant key and billing
        QVERIFY(!run.out.contains(secret)); // lists never show a secret
        const qint64 billing = keys.last().toObject().value(QStringLiteral("id")).toInteger();

        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("disable"), QString::number(billing)})
                .code,
            0);
        run = keyward({QStringLiteral("token")}, {},
                      {{QStringLiteral("KEYWARD_API_KEY"), QString::fromLatin1(secret)}});
        QCOMPARE(run.code, 4);
        QCOMPARE(run.err.trimmed(), QByteArray("keyward: no token: the key is disabled"));
        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("enable"), QString::number(billing)})
                .code,
            0);

        run = keyward({QStringLiteral("key"), QStringLiteral("rotate"), QString::number(billing),
                       QStringLiteral("--grace"), QStringLiteral("60"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QString rotated = run.json().object().value(QStringLiteral("key")).toString();
        QVERIFY(rotated.startsWith(QStringLiteral("sk_")) && rotated.toLatin1() != secret);
        QCOMPARE(keyward({QStringLiteral("token"), QStringLiteral("--api-key"),
                          QString::fromLatin1(secret)})
                     .code,
                 0); // grace
        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("delete"), QString::number(billing)})
                .code,
            0);
        QCOMPARE(keyward({QStringLiteral("token"), QStringLiteral("--api-key"),
                          QString::fromLatin1(secret)})
                     .code,
                 4);

        run = keyward({QStringLiteral("audit"), QStringLiteral("--tenant"), QString::number(tenant),
                       QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QStringList actions;
        for (const QJsonValue &event : run.json().array())
            actions << event.toObject().value(QStringLiteral("action")).toString();
        QVERIFY2(actions.contains(QStringLiteral("apikey.rotate")) &&
                     actions.contains(QStringLiteral("tenant.create")),
                 qPrintable(actions.join(QLatin1Char(','))));
        // The operator is named: who, on which host, through the CLI.
        const QString actor =
            run.json().array().first().toObject().value(QStringLiteral("actor")).toString();
        QVERIFY2(actor.startsWith(QStringLiteral("cli (")) &&
                     actor.contains(QSysInfo::machineHostName()),
                 qPrintable(actor));
    }

    // `keyward token` makes the exchange the HTTP endpoint makes, presented
    // from loopback: same refusals, said in words.
    void theCliExchangesAsTheEndpointDoes()
    {
        auto create = [this](const QString &permission, const QString &networks) {
            QStringList arguments{QStringLiteral("key"),          QStringLiteral("create"),
                                  QStringLiteral("--name"),       QStringLiteral("k"),
                                  QStringLiteral("--permission"), permission};
            if (!networks.isEmpty())
                arguments << QStringLiteral("--allowed-ip") << networks;
            const Run run = keyward(arguments);
            return QString::fromLatin1(run.out.trimmed().split('\n').last());
        };
        auto token = [this](const QString &secret) {
            return keyward({QStringLiteral("token")}, {},
                           {{QStringLiteral("KEYWARD_API_KEY"), secret}});
        };
        Run run = token(create(QStringLiteral("read"), {}));
        QCOMPARE(run.code, 4);
        QCOMPARE(run.err.trimmed(),
                 QByteArray("keyward: no token: the key lacks the permission token:generate"));
        run = token(create(QStringLiteral("token:generate"), QStringLiteral("10.0.0.0/8")));
        QCOMPARE(run.code, 4);
        QCOMPARE(run.err.trimmed(),
                 QByteArray("keyward: no token: the key only works from its allowed "
                            "networks, not from 127.0.0.1"));
        run = token(
            create(QStringLiteral("token:generate"), QStringLiteral("10.0.0.0/8, 127.0.0.1")));
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("eyJ"));
    }

    // Every command that issues tokens names the configured issuer and
    // audience; a malformed one is refused before the store is opened.
    void tokensCarryTheConfiguredIssuerAndAudience()
    {
        const QString secret = QString::fromLatin1(
            keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"),
                     QStringLiteral("k"), QStringLiteral("--permission"),
                     QStringLiteral("token:generate")})
                .out.trimmed()
                .split('\n')
                .last());
        const QPair<QString, QString> key{QStringLiteral("KEYWARD_API_KEY"), secret};
        Run run = keyward({QStringLiteral("token"), QStringLiteral("--issuer"),
                           QStringLiteral("https://keys.example.com"), QStringLiteral("--audience"),
                           QStringLiteral("billing")},
                          {}, {key});
        QCOMPARE(run.code, 0);
        QJsonObject claims = jwtClaims(run.out.trimmed());
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(),
                 QStringLiteral("https://keys.example.com"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("billing"));

        run = keyward(
            {QStringLiteral("token")}, {},
            {key, {QStringLiteral("KEYWARD_ISSUER"), QStringLiteral("http://10.1.2.3:8080")}});
        QCOMPARE(run.code, 0);
        claims = jwtClaims(run.out.trimmed());
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(),
                 QStringLiteral("http://10.1.2.3:8080"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("http://10.1.2.3:8080")); // the issuer when no audience is set

        for (const QString &issuer :
             {QStringLiteral("keys.example.com"), QStringLiteral("ftp://keys.example.com"),
              QStringLiteral("https://keys.example.com/?tenant=1"),
              QStringLiteral("https://keys.example.com/#x"),
              QStringLiteral("https://user@keys.example.com")}) {
            run = keyward({QStringLiteral("token"), QStringLiteral("--issuer"), issuer}, {}, {key});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.startsWith("keyward: --issuer must be an http or https URL"),
                     run.err.constData());
        }
        run =
            keyward({QStringLiteral("token"), QStringLiteral("--audience"), QStringLiteral("a b")},
                    {}, {key});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.startsWith("keyward: --audience must be one word or URL, without spaces "
                                    "or control characters (got \"a b\")\n"),
                 run.err.constData());
    }

    // A store keeps the algorithm it was first opened with: commands that
    // name none read it, and naming another is refused without a write.
    void commandsFollowTheStoresSigningAlgorithm()
    {
        auto algorithms = [this] {
            QStringList seen;
            const Run list = keyward(
                {QStringLiteral("signing-key"), QStringLiteral("list"), QStringLiteral("--json")});
            for (const QJsonValue key : list.json().array())
                seen << key[QStringLiteral("algorithm")].toString() + QLatin1Char(':') +
                            key[QStringLiteral("status")].toString();
            return seen;
        };
        QCOMPARE(keyward({QStringLiteral("signing-key"), QStringLiteral("list"),
                          QStringLiteral("--jwt-alg"), QStringLiteral("ES256")})
                     .code,
                 0);
        QCOMPARE(algorithms(), QStringList{QStringLiteral("ES256:active")});
        QCOMPARE(keyward({QStringLiteral("signing-key"), QStringLiteral("rotate")}).code, 0);
        QCOMPARE(algorithms(),
                 (QStringList{QStringLiteral("ES256:active"), QStringLiteral("ES256:retiring")}));
        const Run created =
            keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"),
                     QStringLiteral("k"), QStringLiteral("--permission"),
                     QStringLiteral("token:generate")});
        const QString secret = QString::fromLatin1(created.out.trimmed().split('\n').last());
        const Run token =
            keyward({QStringLiteral("token")}, {}, {{QStringLiteral("KEYWARD_API_KEY"), secret}});
        QCOMPARE(token.code, 0);
        QCOMPARE(jwtHeader(token.out.trimmed())[QStringLiteral("alg")].toString(),
                 QStringLiteral("ES256"));

        // Another algorithm named by habit (KEYWARD_JWT_ALG left in an
        // environment file) is warned about and changes nothing.
        const Run other = keyward({QStringLiteral("signing-key"), QStringLiteral("rotate")}, {},
                                  {{QStringLiteral("KEYWARD_JWT_ALG"), QStringLiteral("HS256")}});
        QCOMPARE(other.code, 0);
        QCOMPARE(other.err.trimmed(),
                 QByteArray("keyward: warning: this store signs with ES256; --jwt-alg "
                            "(KEYWARD_JWT_ALG) HS256 only chooses a new store's algorithm (to "
                            "move this one, `keyward signing-key rotate --algorithm`)"));
        QCOMPARE(algorithms(),
                 (QStringList{QStringLiteral("ES256:active"), QStringLiteral("ES256:retiring"),
                              QStringLiteral("ES256:retiring")}));

        // Moving the store: the new key is EdDSA, the ES256 ones retire.
        const Run moved = keyward({QStringLiteral("signing-key"), QStringLiteral("rotate"),
                                   QStringLiteral("--algorithm"), QStringLiteral("EdDSA")});
        QCOMPARE(moved.code, 0);
        QCOMPARE(algorithms().first(), QStringLiteral("EdDSA:active"));
        QCOMPARE(algorithms().size(), 4);
        const Run after =
            keyward({QStringLiteral("token")}, {}, {{QStringLiteral("KEYWARD_API_KEY"), secret}});
        QCOMPARE(jwtHeader(after.out.trimmed())[QStringLiteral("alg")].toString(),
                 QStringLiteral("EdDSA"));
        const Run misused = keyward({QStringLiteral("signing-key"), QStringLiteral("list"),
                                     QStringLiteral("--algorithm"), QStringLiteral("ES256")});
        QCOMPARE(misused.code, 2);
        const Run unknown = keyward({QStringLiteral("signing-key"), QStringLiteral("rotate"),
                                     QStringLiteral("--algorithm"), QStringLiteral("none")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("unknown JWT algorithm none"), unknown.err);
        QCOMPARE(algorithms().size(), 4);
    }

    // Arguments are visible to every user (ps): a secret among them is
    // still accepted, with a warning saying where it belongs.
    void secretsInArgumentsAreWarnedAbout()
    {
        Run run = keyward({QStringLiteral("key"), QStringLiteral("create"),
                           QStringLiteral("--name"), QStringLiteral("k"),
                           QStringLiteral("--permission"), QStringLiteral("token:generate")});
        QCOMPARE(run.code, 0);
        const QByteArray secret = run.out.trimmed().split('\n').last();
        run = keyward({QStringLiteral("token")}, {},
                      {{QStringLiteral("KEYWARD_API_KEY"), QString::fromLatin1(secret)}});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("eyJ"));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        run = keyward(
            {QStringLiteral("token"), QStringLiteral("--api-key"), QString::fromLatin1(secret)});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err.trimmed(),
                 QByteArray("keyward: warning: a key given with --api-key is visible to every "
                            "user of this machine (ps); use --api-key - (standard input) or "
                            "KEYWARD_API_KEY"));
        if (!m_cli->database().location().startsWith(QStringLiteral("postgresql:")))
            return;
        // The throwaway cluster trusts local connections: any password does.
        QString withPassword = m_cli->database().location();
        withPassword.replace(QStringLiteral("postgresql://kw@"),
                             QStringLiteral("postgresql://kw:hunter2@"));
        run = keyward({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--db"),
                       withPassword});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains("keyward: warning: the password in --db is visible to every "
                                  "user of this machine (ps); put it in PGPASSWORD"),
                 run.err.constData());
        QVERIFY(!run.err.contains("hunter2"));
    }

    void usersWithPasswordsFromStdin()
    {
        Run run = keyward(
            {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
             QStringLiteral("ops@example.com"), QStringLiteral("--tenant"), QStringLiteral("1"),
             QStringLiteral("--role"), QStringLiteral("Admin"), QStringLiteral("--password-stdin")},
            "a-long-password\n");
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("ops@example.com"));
        run = keyward({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.json().array().first().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("Admin"));
        run = keyward({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--email"),
                       QStringLiteral("OPS@example.com"), QStringLiteral("--tenant"),
                       QStringLiteral("1"), QStringLiteral("--password-stdin")},
                      "another-password\n");
        QCOMPARE(run.code, 4);
        QCOMPARE(run.err.trimmed(), QByteArray("keyward: A user with this email already exists"));
    }

    void exitCodes()
    {
        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("999")}).code,
            3);
        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("nope")}).code,
            2);
        QCOMPARE(keyward({QStringLiteral("key"), QStringLiteral("explode")}).code, 2);
        QCOMPARE(keyward({QStringLiteral("tenant"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(
            keyward({QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral(" ")}).code,
            4);
        QCOMPARE(keyward({QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("1"),
                          QStringLiteral("--active"), QStringLiteral("maybe")})
                     .code,
                 2);
        QCOMPARE(keyward({QStringLiteral("token"), QStringLiteral("--api-key"),
                          QStringLiteral("ak_typo")})
                     .code,
                 4);
        const Run help = keyward({QStringLiteral("key"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--rate-limit"));
        // Each command's name stands apart from its summary, in one column.
        const Run usage = keyward({QStringLiteral("--help")});
        QCOMPARE(usage.code, 0);
        const QList<QByteArray> lines = usage.out.split('\n');
        const qsizetype first = lines.indexOf("Commands:") + 1;
        QVERIFY(first > 0);
        const qsizetype column = lines[first].indexOf("The desktop console");
        for (qsizetype line = first; !lines[line].isEmpty(); ++line) {
            const QByteArray name = lines[line].mid(2, column - 2);
            QVERIFY2(name.endsWith("  ") && !name.trimmed().contains(' '), lines[line].constData());
        }
        QVERIFY(usage.out.contains("  signing-key  List, rotate and retire"));
        QCOMPARE(keyward({QStringLiteral("--version")}).out.trimmed(),
                 QByteArray("keyward " KEYWARD_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "TestAdminCli.moc"
