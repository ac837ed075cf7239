// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The seed-replay engine on its own, without a server: commands read from
// the documents as bash would, jq filters, the request a command sends, and
// the comparison of answers with the documents' patterns.
#include "JqFilter.h"
#include "SeedCommand.h"
#include "SeedReplay.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace keyward;

namespace {

const QStringList baseUrls{QStringLiteral("https://docs.example"), QStringLiteral("{{base_url}}")};

SeedCommand command(const QString &document)
{
    auto commands = SeedCommandParser::parse(document);
    if (!commands || commands->size() != 1)
        qFatal("the test's command does not parse: %s", qPrintable(document));
    return commands->first();
}

Result<QString, ReplayFailure> asWritten(const QString &text)
{
    return text;
}

} // namespace

class TestSeedReplay : public QObject {
    Q_OBJECT
private slots:
    void parserReadsCommandsLikeBash_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("read");
        const QString token = SeedCommand::variableMarker(QStringLiteral("TOKEN"));
        QTest::newRow("continued lines")
            << QStringLiteral("text\ncurl -X GET https://h/a \\\n  -H \"A: b\" \\\n  -H 'C: d'\n")
            << QStringLiteral("GET https://h/a [A: b][C: d]");
        QTest::newRow("multi-line single-quoted body")
            << QStringLiteral("curl -X POST https://h/x \\\n-d '{\n\"a\": \"$X\"\n}'")
            << QStringLiteral("POST https://h/x body={\n\"a\": \"$X\"\n}");
        QTest::newRow("captured and piped to jq")
            << QStringLiteral("# 2. step\nT=$(curl -s -X POST https://h/x \\\n-H \"k: $TOKEN\" "
                              "\\\n-d '{}' | jq -r '.data')\nnext")
            << QStringLiteral("T= POST https://h/x [k: %1] body={} jq-r=.data").arg(token);
        QTest::newRow("jq pipeline")
            << QStringLiteral("curl -X GET https://h/t | jq '.data.items[] | select(.id == 1)'")
            << QStringLiteral("GET https://h/t jq=.data.items[] | "
                              "select(.id == 1)");
        QTest::newRow("-d means POST") << QStringLiteral("curl https://h/p -d a=1 -d b=2")
                                       << QStringLiteral("POST https://h/p body=a=1&b=2");
        QTest::newRow("no curl, no OpenAPI operation") << QStringLiteral("just prose") << QString();
        QTest::newRow("curl mentioned mid-line")
            << QStringLiteral("Run curl -X GET https://h/a to see") << QStringLiteral("error");
        QTest::newRow("unknown curl option")
            << QStringLiteral("curl -k https://h/a") << QStringLiteral("error");
        QTest::newRow("unterminated quote")
            << QStringLiteral("curl -d '{ https://h/a") << QStringLiteral("error");
        QTest::newRow("piped to something else")
            << QStringLiteral("curl https://h/a | grep x") << QStringLiteral("error");
    }
    void parserReadsCommandsLikeBash()
    {
        QFETCH(QString, document);
        QFETCH(QString, read);
        auto commands = SeedCommandParser::parse(document);
        if (read == QLatin1String("error")) {
            QVERIFY2(!commands, "parsed what it should refuse");
            return;
        }
        QVERIFY2(commands, qPrintable(commands ? QString() : commands.error()));
        QStringList rendered;
        for (const SeedCommand &command : *commands) {
            QString text =
                command.assignTo.isEmpty() ? QString() : command.assignTo + QStringLiteral("= ");
            text += QString::fromLatin1(command.method) + QLatin1Char(' ') + command.url;
            if (!command.headers.isEmpty())
                text += QLatin1Char(' ');
            for (const auto &[name, value] : command.headers)
                text += QStringLiteral("[%1: %2]").arg(QString::fromLatin1(name), value);
            if (command.hasBody)
                text += QStringLiteral(" body=") + command.body;
            if (!command.jqFilter.isEmpty())
                text +=
                    QStringLiteral(" jq%1=%2")
                        .arg(command.jqRaw ? QStringLiteral("-r") : QString(), command.jqFilter);
            rendered << text;
        }
        QCOMPARE(rendered.join(QLatin1Char('\n')), read);
    }

    void jqFilters_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QByteArray>("outputs");
        QTest::newRow("path") << QByteArray(R"({"data":{"key":"k"}})")
                              << QStringLiteral(".data.key") << QByteArray(R"(["k"])");
        QTest::newRow("missing is null") << QByteArray(R"({"data":null})")
                                         << QStringLiteral(".data.key") << QByteArray("[null]");
        QTest::newRow("iterate and select")
            << QByteArray(R"({"data":{"items":[{"id":1,"n":"a"},{"id":2},{"id":1.0,"n":"c"}]}})")
            << QStringLiteral(".data.items[] | select(.id == 1)")
            << QByteArray(R"([{"id":1,"n":"a"},{"id":1,"n":"c"}])");
        QTest::newRow("select on strings")
            << QByteArray(R"([{"s":"x|y"},{"s":"z"}])")
            << QStringLiteral(".[] | select(.s == \"x|y\") | .s") << QByteArray(R"(["x|y"])");
    }
    void jqFilters()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, filter);
        QFETCH(QByteArray, outputs);
        auto result = JqFilter::evaluate(filter, *SeedReplay::parseJson(input));
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QJsonArray actual;
        for (const QJsonValue &value : *result)
            actual.append(value);
        QCOMPARE(actual, SeedReplay::parseJson(outputs)->toArray());
    }

    void aCommandSendsWhatCurlWould()
    {
        auto request = SeedReplay::curlRequest(
            command(QStringLiteral("curl https://docs.example/api/x -H \"X-Key: k\" -d a=1")),
            baseUrls, asWritten);
        QVERIFY2(request, qPrintable(request ? QString() : request.error().why));
        QCOMPARE(request->method, QByteArray("POST"));
        QCOMPARE(request->path, QStringLiteral("/api/x"));
        QCOMPARE(request->body, QByteArray("a=1"));
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"X-Key", "k"},
            {"Accept", "*/*"},
            {"Content-Type", "application/x-www-form-urlencoded"}};
        QCOMPARE(request->headers, headers);

        request = SeedReplay::curlRequest(
            command(QStringLiteral("curl {{base_url}}/h -H 'Accept: application/json'")), baseUrls,
            asWritten);
        QVERIFY(request);
        QCOMPARE(request->method, QByteArray("GET"));
        QCOMPARE(request->headers.size(), 1); // the document's Accept, not curl's
    }

    void aCommandElsewhereOrWithAnUnsetVariableIsRefused()
    {
        auto request = SeedReplay::curlRequest(
            command(QStringLiteral("curl https://other.example/a")), baseUrls, asWritten);
        QVERIFY(!request);
        QCOMPARE(request.error().why,
                 QStringLiteral("unknown base URL in https://other.example/a"));

        const SeedCommand withVariable =
            command(QStringLiteral("curl https://docs.example/a -H \"k: $TOKEN\""));
        const QHash<QString, QString> shell{{QStringLiteral("OTHER"), QStringLiteral("x")}};
        request = SeedReplay::curlRequest(withVariable, baseUrls, [&](const QString &text) {
            return SeedReplay::withShellVariables(text, shell);
        });
        QVERIFY(!request);
        QCOMPARE(request.error().why, QStringLiteral("$TOKEN is not set by an earlier command"));
        const QHash<QString, QString> set{{QStringLiteral("TOKEN"), QStringLiteral("t0k")}};
        request = SeedReplay::curlRequest(withVariable, baseUrls, [&](const QString &text) {
            return SeedReplay::withShellVariables(text, set);
        });
        QVERIFY(request);
        QCOMPARE(request->headers.first().second, QByteArray("t0k"));
    }

    void expectationsNameOnlyKnownValues()
    {
        const QHash<QString, QString> values{{QStringLiteral("ID"), QStringLiteral("7")}};
        QCOMPARE(*SeedReplay::substituted(QStringLiteral("{\"id\":${ID}}"), values),
                 QStringLiteral("{\"id\":7}"));
        const auto unknown = SeedReplay::substituted(QStringLiteral("${NOPE}"), values);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().why, QStringLiteral("the expectation refers to unknown ${NOPE}"));
        QVERIFY(!SeedReplay::parseJson("{nope"));
        QCOMPARE(SeedReplay::parseJson("3")->toInteger(), 3);
    }

    void patternsMatchAndBindWhatTheyMatched()
    {
        SeedReplay::JsonPattern pattern(
            [](const QByteArray &jwt) { return jwt == "header.claims.signature"; });
        const QJsonObject expected{{QStringLiteral("id"), QStringLiteral("<int:ID>")},
                                   {QStringLiteral("jti"), QStringLiteral("<uuid:JTI>")},
                                   {QStringLiteral("at"), QStringLiteral("<iso-time>")},
                                   {QStringLiteral("token"), QStringLiteral("<jwt>")},
                                   {QStringLiteral("list"), QJsonArray{1, QStringLiteral("a")}}};
        const QJsonObject actual{
            {QStringLiteral("id"), 42},
            {QStringLiteral("jti"), QStringLiteral("0b6c9c62-0a49-4a0c-9d3b-6c1d5c1f8f11")},
            {QStringLiteral("at"), QStringLiteral("2026-12-05T10:30:00Z")},
            {QStringLiteral("token"), QStringLiteral("header.claims.signature")},
            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("a")}}};
        pattern.compare(actual, expected, QStringLiteral("body"));
        QCOMPARE(pattern.problems(), QStringList());
        QCOMPARE(pattern.bindings().value(QStringLiteral("ID")), QStringLiteral("42"));
        QCOMPARE(pattern.bindings().value(QStringLiteral("JTI")),
                 QStringLiteral("0b6c9c62-0a49-4a0c-9d3b-6c1d5c1f8f11"));
        QCOMPARE(pattern.jwts(), QList<QByteArray>{"header.claims.signature"});
    }

    void mismatchesAreNamedWhereTheyAre()
    {
        SeedReplay::JsonPattern pattern([](const QByteArray &) { return false; });
        pattern.compare(
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("items"), QJsonArray{1, 2}},
                                     {QStringLiteral("at"), QStringLiteral("2026-12-05 10:30")},
                                     {QStringLiteral("token"), QStringLiteral("forged")}}},
                        {QStringLiteral("extra"), true}},
            QJsonObject{{QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("items"), QJsonArray{1, 3}},
                                     {QStringLiteral("at"), QStringLiteral("<iso-time>")},
                                     {QStringLiteral("token"), QStringLiteral("<jwt>")}}},
                        {QStringLiteral("extra"), true}},
            QStringLiteral("body"));
        QCOMPARE(
            pattern.problems(),
            (QStringList{QStringLiteral("body.data.at: got \"2026-12-05 10:30\", expected "
                                        "\"<iso-time>\""),
                         QStringLiteral("body.data.items[1]: got 2, expected 3"),
                         QStringLiteral("body.data.token: got \"forged\", expected \"<jwt>\"")}));
    }
};

QTEST_GUILESS_MAIN(TestSeedReplay)
#include "TestSeedReplay.moc"
