// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The commands that tell an operator about keys rather than change them:
// keyward scan (leaked keys in files and git history), key hygiene (keys
// to look at) and key usage (how one key was used and refused), run as the
// executable on SQLite and PostgreSQL.
#include "CliCommand.h"
#include "GitRepository.h"
#include "TestServices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestInsightCommands : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CliCommand> m_cli;

    using Run = CliCommand::Run;
    Run keyward(const QStringList &arguments) { return m_cli->run(arguments); }

private slots:
    void init() { m_cli = std::make_unique<CliCommand>(); }
    void cleanup() { m_cli.reset(); }

    // keyward scan: 1 while a live key is found, --revoke disables it with
    // an audit event naming the file, and the secret is never printed.
    void scanFindsAndRevokesLeakedKeys()
    {
        const QJsonObject created =
            keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--json"),
                     QStringLiteral("--name"), QStringLiteral("leaky")})
                .json()
                .object();
        const QByteArray secret = created.value(QStringLiteral("key")).toString().toLatin1();
        const qint64 id = created.value(QStringLiteral("id")).toInteger();
        QTemporaryDir tree;
        QFile planted(tree.filePath(QStringLiteral("deploy.sh")));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("#!/bin/sh\ncurl -H 'x-api-key: " + secret + "' https://api\n");
        planted.close();

        Run run = keyward({QStringLiteral("scan"), tree.path(), QStringLiteral("--json")});
        QCOMPARE(run.code, 1);
        QVERIFY(!run.out.contains(secret));
        const QJsonArray findings = run.json().object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        QCOMPARE(finding.value(QStringLiteral("keyId")).toInteger(), id);
        QCOMPARE(finding.value(QStringLiteral("line")).toInteger(), 2);
        QCOMPARE(finding.value(QStringLiteral("column")).toInteger(), 21);

        run = keyward({QStringLiteral("scan"), tree.path(), QStringLiteral("--revoke")});
        QCOMPARE(run.code, 1); // a leak was found, even though it is now revoked
        QVERIFY(run.out.contains("live (revoked)"));
        QVERIFY(!run.out.contains(secret));
        run = keyward({QStringLiteral("scan"), tree.path()});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("disabled"));
        const QJsonArray events =
            keyward({QStringLiteral("audit"), QStringLiteral("--json")}).json().array();
        QCOMPARE(events.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("apikey.leak"));
        QCOMPARE(events.first().toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("found in %1:2").arg(planted.fileName()));
        QCOMPARE(keyward({QStringLiteral("scan")}).code, 2);
    }

    // --git reads every commit reachable from any ref: a key removed from
    // the tree is still found, at the commit that added it.
    void scanReadsGitHistory()
    {
        const QJsonObject created =
            keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--json"),
                     QStringLiteral("--name"), QStringLiteral("committed")})
                .json()
                .object();
        const QByteArray secret = created.value(QStringLiteral("key")).toString().toLatin1();
        GitRepository repository;
        const QString added =
            repository.commit(QStringLiteral("settings.ini"), "[api]\nkey = " + secret + "\n",
                              QStringLiteral("add key"));
        repository.commit(QStringLiteral("settings.ini"), "[api]\nkey = from-the-environment\n",
                          QStringLiteral("remove key"));

        QCOMPARE(keyward({QStringLiteral("scan"), repository.path()}).code, 0);
        const Run run = keyward({QStringLiteral("scan"), repository.path(), QStringLiteral("--git"),
                                 QStringLiteral("--json")});
        QCOMPARE(run.code, 1);
        const QJsonArray findings = run.json().object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.value(QStringLiteral("commit")).toString(), added);
        QCOMPARE(finding.value(QStringLiteral("file")).toString(), QStringLiteral("settings.ini"));
        QCOMPARE(finding.value(QStringLiteral("line")).toInteger(), 2);
        QCOMPARE(finding.value(QStringLiteral("column")).toInteger(), 7);
        QCOMPARE(finding.value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        QTemporaryDir plain;
        QCOMPARE(keyward({QStringLiteral("scan"), plain.path(), QStringLiteral("--git")}).code, 1);
    }

    void hygieneNamesWhatToLookAt()
    {
        keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("brief"), QStringLiteral("--lifetime"), QStringLiteral("172800"),
                 QStringLiteral("--permission"), QStringLiteral("write")});
        keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("fenced"), QStringLiteral("--lifetime"), QStringLiteral("31536000"),
                 QStringLiteral("--permission"), QStringLiteral("write"),
                 QStringLiteral("--allowed-ip"), QStringLiteral("10.0.0.0/8")});
        const Run run =
            keyward({QStringLiteral("key"), QStringLiteral("hygiene"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QStringList seen;
        for (const QJsonValue &row : run.json().array())
            seen << row.toObject().value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                        row.toObject().value(QStringLiteral("concern")).toString() +
                        QLatin1Char(' ') +
                        row.toObject().value(QStringLiteral("reason")).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("brief expiring-soon expires in 2 days"),
                                    QStringLiteral("brief wide-open write from any network")}));
        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("hygiene"), QStringLiteral("--within"),
                     QStringLiteral("400"), QStringLiteral("--json")})
                .json()
                .array()
                .size(),
            3);
    }

    // key usage: the counts a server wrote, read back by the command, as a
    // table and as the API's JSON.
    void usageShowsWhatCameOfAKeysVerifications()
    {
        const QJsonObject created =
            keyward({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--json"),
                     QStringLiteral("--name"), QStringLiteral("ingest"),
                     QStringLiteral("--permission"), QStringLiteral("token:generate"),
                     QStringLiteral("--allowed-ip"), QStringLiteral("10.0.0.0/8")})
                .json()
                .object();
        const QByteArray secret = created.value(QStringLiteral("key")).toString().toLatin1();
        const QString id = QString::number(created.value(QStringLiteral("id")).toInteger());
        {
            // A server on the same store verifies the key and writes its counts.
            auto database = Database::open(m_cli->database().url());
            QVERIFY(database);
            SubnetAllowList networks;
            auto services = Services::create(*database, CliCommand::masterKey(), networks, {});
            QVERIFY2(services, services ? "" : qPrintable(services.error()));
            const KeyVerifier &verifier = (*services)->keyVerifier;
            for (int i = 0; i < 3; ++i)
                verifier.verify(secret, {QStringLiteral("10.0.0.5"), QString()});
            verifier.verify(secret, {QStringLiteral("203.0.113.9"), QString()});
            QVERIFY((*services)->usage.flush());
        }

        Run run = keyward({QStringLiteral("key"), QStringLiteral("usage"), id});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(": 3 accepted, 1 refused (address_not_allowed 1)"),
                 run.out.constData());
        QVERIFY(run.out.contains("Recent addresses:"));
        QVERIFY(run.out.contains("203.0.113.9"));
        QCOMPARE(run.out.count("\n20"), 24); // a row per hour
        QCOMPARE(run.out.count("  last seen "), 2);

        run = keyward({QStringLiteral("key"), QStringLiteral("usage"), id,
                       QStringLiteral("--since"), QStringLiteral("30d"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(QStringLiteral("bucket")).toString(), QStringLiteral("day"));
        QCOMPARE(json.value(QStringLiteral("buckets")).toArray().size(), 30);
        QCOMPARE(json[QStringLiteral("totals")][QStringLiteral("accepted")].toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("recentAddresses")).toArray().size(), 2);

        run = keyward({QStringLiteral("key"), QStringLiteral("usage"), id,
                       QStringLiteral("--since"), QStringLiteral("2w")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("since must be a number of hours"));
        QCOMPARE(
            keyward({QStringLiteral("key"), QStringLiteral("usage"), QStringLiteral("4242")}).code,
            3);
    }
};

QTEST_GUILESS_MAIN(TestInsightCommands)
#include "TestInsightCommands.moc"
