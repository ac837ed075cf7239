// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Every curl example of every seed document, replayed against a real server
// the way a reader following the document would run it: the documented base
// URL swapped for ours, shell variables filled by the commands that set them,
// the document's own placeholders replaced by what a reader would paste, and
// jq run on the answers. Each command must get what the documents promise
// for its situation. Seeds that document an OpenAPI operation instead of a
// curl have that request replayed.
#include "InProcessServer.h"
#include "JqFilter.h"
#include "SeedCommand.h"
#include "SeedExpectations.h"
#include "SeedReplay.h"
#include "TestServices.h"
#include "store/ApiKeyRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace keyward;

namespace {

using namespace seeds;

// The documents' base URLs, all of which mean "the server".
const QStringList documentedBaseUrls{QStringLiteral("https://shipyo.it"),
                                     QStringLiteral("https://k2-ussd-api.devlorde.xyz"),
                                     QStringLiteral("{{base_url}}")};

// The account seed 001's flow logs in with. It needs the Admin role for the
// flow's step 3 (User/getAll) to work, as the document shows it working.
const QString docUserEmail = QStringLiteral("user@example.com");
const QString docUserPassword = QStringLiteral("password");

// Values for a CreateApiKeyDto (seed 004), by property: the documented
// default status, the caller's own tenant, a label, an hour.
const QJsonObject createApiKeyDtoValues{{QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                        {QStringLiteral("tenantId"), 1},
                                        {QStringLiteral("label"), QStringLiteral("extractor")},
                                        {QStringLiteral("lifetime"), 3600}};

} // namespace

class TestSeedCurlReplay : public QObject {
    Q_OBJECT
private:
    QString m_seedDirectory;
    QMap<QString, QString> m_documents; // file name -> text
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<InProcessServer> m_http;
    QHash<QString, QString> m_shell; // variables the commands set
    QHash<QString, QString> m_known; // values the expectations name as ${NAME}

    // A fresh server as a reader finds it: tenant 1 with its tenant key and
    // SuperAdmin, plus the account the documents log in with.
    void arrange()
    {
        m_http.reset();
        m_test = std::make_unique<TestServices>();
        m_http = std::make_unique<InProcessServer>(m_test->services());
        const User user = m_test->createUser(1, docUserEmail, Role::Admin, docUserPassword);
        const ApiKey tenantKey =
            **ApiKeyRepository(*m_test->database().database()).findTenantKey(1);
        const QDateTime now = m_test->clock().now();
        m_shell.clear();
        m_known = {
            {QStringLiteral("TENANT_KEY"), QString::fromLatin1(m_test->tenantKey(1))},
            {QStringLiteral("TENANT_KEY_ID"), QString::number(tenantKey.id)},
            {QStringLiteral("DOC_USER_ID"), QString::number(user.id)},
            {QStringLiteral("NOW"), QString::number(now.toSecsSinceEpoch())},
            {QStringLiteral("NOW_ISO"), now.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("NOW_PLUS_LIFETIME"), QString::number(now.toSecsSinceEpoch() + 3600)},
        };
    }

    // "JWT Authentication Token from login" (seed 003's prerequisite).
    Result<QString, ReplayFailure> loginToken()
    {
        const auto reply = m_http->post(QStringLiteral("/api/auth/login"),
                                        {{QStringLiteral("email"), docUserEmail},
                                         {QStringLiteral("password"), docUserPassword}});
        const QString token = reply.json()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("token"))
                                  .toString();
        if (reply.status != 200 || token.isEmpty())
            return ReplayFailure{QStringLiteral("login for the placeholder token failed: %1 %2")
                                     .arg(reply.status)
                                     .arg(QString::fromUtf8(reply.body))};
        return token;
    }

    // The tenant key a reader retrieved with seed 001's first step.
    Result<QString, ReplayFailure> retrievedKey()
    {
        if (m_shell.contains(QStringLiteral("TENANT_API_KEY")))
            return m_shell.value(QStringLiteral("TENANT_API_KEY"));
        const auto reply = m_http->get(QStringLiteral("/api/ApiKey/1/apikey"));
        const QString key = reply.json()
                                .value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("key"))
                                .toString();
        if (key.isEmpty())
            return ReplayFailure{
                QStringLiteral("tenant key discovery failed: %1").arg(reply.status)};
        return key;
    }

    // Shell variables from earlier commands, then the documents' placeholders
    // a reader replaces by hand. Literal example credentials stay as written.
    Result<QString, ReplayFailure> resolved(QString text)
    {
        auto filled = SeedReplay::withShellVariables(std::move(text), m_shell);
        if (!filled)
            return filled.error();
        text = *filled;
        const QList<QPair<QString, std::function<Result<QString, ReplayFailure>()>>> placeholders{
            {QStringLiteral("<your_jwt_token>"), [this] { return loginToken(); }},
            {QStringLiteral("retrieved-key"), [this] { return retrievedKey(); }},
        };
        for (const auto &[placeholder, value] : placeholders) {
            if (!text.contains(placeholder))
                continue;
            auto replacement = value();
            if (!replacement)
                return replacement.error();
            text.replace(placeholder, *replacement);
        }
        return text;
    }

    Result<SeedReplay::Request, ReplayFailure> curlRequest(const SeedCommand &command)
    {
        return SeedReplay::curlRequest(command, documentedBaseUrls,
                                       [this](const QString &text) { return resolved(text); });
    }

    // An OpenAPI operation: its requestBody schema filled property by
    // property, with the bearer token its security scheme asks for.
    Result<SeedReplay::Request, ReplayFailure> openApiRequest(const QString &document,
                                                              const SeedCommand &command)
    {
        auto schema = SeedCommandParser::openApiSchema(document, command.openApiSchema);
        if (!schema)
            return ReplayFailure{schema.error()};
        QJsonObject body;
        for (const QString &property : schema->properties) {
            if (!createApiKeyDtoValues.contains(property))
                return ReplayFailure{
                    QStringLiteral("no value for %1.%2").arg(command.openApiSchema, property)};
            body.insert(property, createApiKeyDtoValues.value(property));
        }
        for (const QString &required : schema->required) {
            if (!body.contains(required))
                return ReplayFailure{QStringLiteral("required %1 is not a property").arg(required)};
        }
        auto token = loginToken();
        if (!token)
            return token.error();
        return SeedReplay::Request{command.method,
                                   command.url,
                                   {{"Authorization", "Bearer " + token->toLatin1()},
                                    {"Content-Type", "application/json"},
                                    {"Accept", "application/json"}},
                                   QJsonDocument(body).toJson(QJsonDocument::Compact)};
    }

    // Checks one reply against its expectation; returns what went wrong, and
    // what the command's $(...) captures.
    QStringList check(const SeedCommand &command, const Expectation &expected,
                      const InProcessServer::Reply &reply, QString *captured)
    {
        SeedReplay::JsonPattern pattern(
            [this](const QByteArray &jwt) { return m_test->services().tokens.verify(jwt).ok(); });
        // What the patterns bind, the later expectations of this command use.
        auto compare = [&](const QJsonValue &actual, const QJsonValue &wanted, const QString &at) {
            pattern.compare(actual, wanted, at);
            m_known.insert(pattern.bindings());
        };
        QStringList problems;
        if (reply.status != expected.status)
            problems
                << QStringLiteral("status %1, expected %2").arg(reply.status).arg(expected.status);
        if (reply.header("X-Request-Id").isEmpty())
            problems << QStringLiteral("no X-Request-Id");
        if (!reply.header("Content-Type").startsWith("application/json"))
            problems << QStringLiteral("Content-Type %1")
                            .arg(QString::fromLatin1(reply.header("Content-Type")));
        auto body = SeedReplay::parseJson(reply.body);
        if (!body)
            return problems + pattern.problems() << body.error().why;
        auto wantedBody = expectedJson(expected.body);
        if (!wantedBody)
            return problems + pattern.problems() << wantedBody.error().why;
        compare(*body, *wantedBody, QStringLiteral("body"));

        if (command.jqFilter.isEmpty()) {
            if (expected.jq)
                problems << QStringLiteral("the expectation has jq output but the command no jq");
            *captured = QString::fromUtf8(reply.body);
        } else {
            auto outputs = JqFilter::evaluate(command.jqFilter, *body);
            if (!outputs)
                return problems + pattern.problems() << QStringLiteral("jq: ") + outputs.error();
            if (!expected.jq)
                return problems + pattern.problems()
                       << QStringLiteral("no expected jq output for %1").arg(command.jqFilter);
            auto wantedJq = expectedJson(expected.jq);
            if (!wantedJq)
                return problems + pattern.problems() << wantedJq.error().why;
            QJsonArray printed;
            for (const QJsonValue &output : *outputs)
                printed.append(output);
            compare(printed, *wantedJq, QStringLiteral("jq %1").arg(command.jqFilter));
            *captured = JqFilter::print(*outputs, command.jqRaw);
        }
        if (!command.assignTo.isEmpty() &&
            (captured->isEmpty() || *captured == QLatin1String("null")))
            problems
                << QStringLiteral("%1 would be set to \"%2\"").arg(command.assignTo, *captured);

        if (expected.claims) {
            auto wantedClaims = expectedJson(expected.claims);
            if (!wantedClaims)
                return problems + pattern.problems() << wantedClaims.error().why;
            const QList<QByteArray> jwts = pattern.jwts();
            if (jwts.isEmpty())
                problems << QStringLiteral("no token to check the claims of");
            for (const QByteArray &jwt : jwts) {
                const QJsonObject actual = *m_test->services().tokens.verify(jwt);
                const QJsonObject want = wantedClaims->toObject();
                for (auto it = want.begin(); it != want.end(); ++it)
                    compare(actual.value(it.key()), it.value(),
                            QStringLiteral("claim %1").arg(it.key()));
            }
        }
        if (expected.documented) {
            bool found = false;
            for (const QString &document : std::as_const(m_documents))
                found |= document.contains(QString::fromUtf8(expected.documented));
            if (!found)
                problems << QStringLiteral("\"%1\" is in no seed")
                                .arg(QString::fromUtf8(expected.documented));
        }
        return problems + pattern.problems();
    }

    // An expectation's JSON with this run's ${NAME} values filled in.
    Result<QJsonValue, ReplayFailure> expectedJson(const char *text) const
    {
        auto filled = SeedReplay::substituted(QString::fromUtf8(text), m_known);
        if (!filled)
            return filled.error();
        return SeedReplay::parseJson(filled->toUtf8());
    }

private slots:
    void initTestCase()
    {
        m_seedDirectory = qEnvironmentVariable("KEYWARD_SEEDS_DIR");
        QVERIFY2(!m_seedDirectory.isEmpty(),
                 "KEYWARD_SEEDS_DIR is not set: run this test through ctest, which points it at "
                 "tests/contract/seeds");
        const QDir directory(m_seedDirectory);
        QVERIFY2(directory.exists(),
                 qPrintable(QStringLiteral("the seed documents are missing: no directory %1 "
                                           "(expected tests/contract/seeds)")
                                .arg(directory.absolutePath())));
        const QStringList names =
            directory.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(
            !names.isEmpty(),
            qPrintable(QStringLiteral("no seed documents (*.txt) in %1").arg(m_seedDirectory)));
        for (const QString &name : names) {
            QFile file(directory.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
            m_documents.insert(name, QString::fromUtf8(file.readAll()));
        }
    }
    void cleanup()
    {
        m_http.reset();
        m_test.reset();
    }

    // The table and the documents agree: each command has exactly one
    // expectation and each expectation a command.
    void everyCommandHasAnExpectation()
    {
        QSet<QPair<QString, int>> seen;
        for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
            auto commands = SeedCommandParser::parse(it.value());
            QVERIFY2(commands,
                     qPrintable(QStringLiteral("seed %1: %2")
                                    .arg(it.key(), commands ? QString() : commands.error())));
            QVERIFY2(!commands->isEmpty(),
                     qPrintable(QStringLiteral("seed %1 has no curl command and no OpenAPI "
                                               "operation to replay")
                                    .arg(it.key())));
            for (const SeedCommand &command : *commands) {
                QVERIFY2(expectationFor(it.key(), command.index),
                         qPrintable(QStringLiteral("no expectation for seed %1 command %2 (line "
                                                   "%3): %4")
                                        .arg(it.key())
                                        .arg(command.index)
                                        .arg(command.line)
                                        .arg(command.text)));
                seen.insert({it.key(), command.index});
            }
        }
        for (const Expectation &expectation : expectations()) {
            QVERIFY2(seen.contains({expectation.seed, expectation.command}),
                     qPrintable(QStringLiteral("the expectation for seed %1 command %2 matches "
                                               "no command of the seeds")
                                    .arg(expectation.seed)
                                    .arg(expectation.command)));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("seed");
        for (const QString &name : m_documents.keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void replay()
    {
        QFETCH(QString, seed);
        arrange();
        const QString document = m_documents.value(seed);
        auto commands = SeedCommandParser::parse(document);
        QVERIFY2(commands, qPrintable(commands ? QString() : commands.error()));
        QVERIFY2(!commands->isEmpty(), "nothing to replay");
        for (const SeedCommand &command : *commands) {
            const QString where = QStringLiteral("seed %1 command %2 (line %3): %4")
                                      .arg(seed)
                                      .arg(command.index)
                                      .arg(command.line)
                                      .arg(command.text);
            const Expectation *expected = expectationFor(seed, command.index);
            QVERIFY2(expected, qPrintable(QStringLiteral("no expectation for ") + where));
            auto request = command.openApiSchema.isEmpty() ? curlRequest(command)
                                                           : openApiRequest(document, command);
            QVERIFY2(request, qPrintable(where + QStringLiteral("\n  ") +
                                         (request ? QString() : request.error().why)));
            const auto reply =
                m_http->send(request->method, request->path, request->headers, request->body);
            QString captured;
            const QStringList problems = check(command, *expected, reply, &captured);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(where + QStringLiteral("\n  ") +
                                problems.join(QStringLiteral("\n  ")) +
                                QStringLiteral("\n  body: ") + QString::fromUtf8(reply.body)));
            if (!command.openApiSchema.isEmpty()) {
                // The answer has exactly the fields of the documented response schema.
                static const QRegularExpression okSchema(
                    QStringLiteral("'200':[\\s\\S]*?\\$ref:\\s*'#/components/schemas/(\\w+)'"));
                const auto name = okSchema.match(document);
                QVERIFY2(name.hasMatch(), "the operation documents no 200 schema");
                auto schema = SeedCommandParser::openApiSchema(document, name.captured(1));
                QVERIFY2(schema, qPrintable(schema ? QString() : schema.error()));
                QStringList documented = schema->properties;
                documented.sort();
                QCOMPARE(QStringList(reply.json().keys()), documented);
            }
            if (!command.assignTo.isEmpty())
                m_shell.insert(command.assignTo, captured);
        }
    }
};

QTEST_GUILESS_MAIN(TestSeedCurlReplay)
#include "TestSeedCurlReplay.moc"
