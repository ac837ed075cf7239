// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Bad input never yields a 5xx and never changes the store: malformed JSON,
// wrong JSON types, missing fields, odd ids and oversized bodies get a clear
// 4xx in the envelope of the family that was asked.
#include "FreshStoreServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace keyward;

namespace {

enum class Family { A, B, C };

struct BadRequest {
    QByteArray method;
    QString path;
    QByteArray body;
    InProcessServer::Headers headers;
};

// Every field any endpoint reads, each with a type no endpoint accepts.
QByteArray wrongTypes()
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), 1);
    object.insert(QStringLiteral("label"), QJsonArray());
    object.insert(QStringLiteral("email"), QJsonObject());
    object.insert(QStringLiteral("password"), false);
    object.insert(QStringLiteral("service_id"), 2);
    object.insert(QStringLiteral("status"), 3);
    object.insert(QStringLiteral("role"), 4);
    object.insert(QStringLiteral("isActive"), QStringLiteral("yes"));
    object.insert(QStringLiteral("discoverable"), QStringLiteral("no"));
    object.insert(QStringLiteral("permissions"), QStringLiteral("read"));
    object.insert(QStringLiteral("allowedIp"), 5);
    object.insert(QStringLiteral("gracePeriod"), QStringLiteral("1h"));
    object.insert(QStringLiteral("lifetime"), QStringLiteral("60"));
    object.insert(QStringLiteral("rateLimit"), QStringLiteral("many"));
    object.insert(QStringLiteral("tenantId"), QStringLiteral("one"));
    object.insert(QStringLiteral("expiresAt"), 6);
    object.insert(QStringLiteral("description"), 7);
    object.insert(QStringLiteral("kind"), 8);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// SQL and HTML fragments where strings are read, wrong types everywhere
// else, so that no endpoint can accept the body.
QByteArray injections()
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), QJsonArray{QStringLiteral("1; DROP TABLE api_keys; --")});
    object.insert(QStringLiteral("label"), QJsonArray{QStringLiteral("<script>alert(1)</script>")});
    object.insert(QStringLiteral("gracePeriod"), QStringLiteral("<b>1</b>"));
    object.insert(QStringLiteral("email"), QJsonArray{QStringLiteral("x OR 1=1 --")});
    object.insert(QStringLiteral("password"), QJsonArray());
    object.insert(QStringLiteral("service_id"), QJsonArray());
    object.insert(QStringLiteral("isActive"), QStringLiteral("1; DELETE FROM users"));
    object.insert(QStringLiteral("status"), QStringLiteral("ACTIVE --"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<BadRequest> badRequestCorpus(const InProcessServer::Headers &credentials)
{
    const QList<QPair<QByteArray, QString>> endpoints{
        {"POST", QStringLiteral("/api/ApiKey/create")},
        {"PUT", QStringLiteral("/api/ApiKey/update/1")},
        {"POST", QStringLiteral("/api/ApiKey/rotate/1")},
        {"POST", QStringLiteral("/api/Tenant/create")},
        {"PUT", QStringLiteral("/api/Tenant/update/1")},
        {"POST", QStringLiteral("/api/User/create")},
        {"PUT", QStringLiteral("/api/User/update/1")},
        {"POST", QStringLiteral("/api/Token/generate")},
        {"POST", QStringLiteral("/api/auth/login")},
        {"POST", QStringLiteral("/api/clients/generate-service-id")},
        {"POST", QStringLiteral("/api/clients/generate-api-key")},
        {"POST", QStringLiteral("/api/v1/apikey")},
        {"PUT", QStringLiteral("/api/v1/apikey/1")}};
    const QList<QByteArray> bodies{QByteArray("{"),
                                   QByteArray("}"),
                                   QByteArray("[]"),
                                   QByteArray("null"),
                                   QByteArray("42"),
                                   QByteArray("\"text\""),
                                   QByteArray("{\"a\":}"),
                                   QByteArray("{\"name\":\"x\""),
                                   QByteArray("\xff\xfe\xfd"),
                                   QByteArray("{\"name\":\"\xc3\x28\"}"),
                                   QByteArray(3000, '[') + QByteArray(3000, ']'),
                                   QByteArray("{\"name\":1e400}"),
                                   wrongTypes(),
                                   injections(),
                                   QByteArray("\x00\x01\x02", 3),
                                   QByteArray(2048, '{')};
    QList<BadRequest> corpus;
    for (const auto &[method, path] : endpoints) {
        for (const QByteArray &body : bodies)
            corpus.append({method, path, body, credentials});
    }
    const QStringList oddPaths{QStringLiteral("/api/ApiKey/getById/%00"),
                               QStringLiteral("/api/ApiKey/getById/1%2F2"),
                               QStringLiteral("/api/ApiKey/getById/") +
                                   QString(4000, QLatin1Char('9')),
                               QStringLiteral("/api/%E2%98%83/getAll"),
                               QStringLiteral("/api/ApiKey/getAll?page=-1&pageSize=x"),
                               QStringLiteral("/api/ApiKey/getAll?tenantId=1%20OR%201=1"),
                               QStringLiteral("/api/v1/apikey/1;DROP"),
                               QStringLiteral("/api/clients/api-keys/%27%20OR%201=1"),
                               QStringLiteral("/api/Tenant/getById/-0"),
                               QStringLiteral("/api/User/getAll?pageSize=0")};
    for (const QString &path : oddPaths)
        corpus.append({"GET", path, {}, credentials});
    const QByteArray tenantKey = credentials.first().second;
    const QList<InProcessServer::Headers> oddHeaders{
        {{"x-api-key", "ak_x"}, {"x-api-key", "sk_y"}},
        {{"x-api-key", QByteArray(12000, 'k')}},
        {{"Authorization", "Bearer " + QByteArray(12000, 'e')}},
        {{"Authorization", "Bearer a.b.c"}, {"x-api-key", tenantKey}},
        {{"Authorization", "Basic YWRtaW46YWRtaW4="}, {"x-api-key", tenantKey}},
        {{"X-Request-Id", QByteArray(500, 'r')}},
        {{"x-api-key", "sk_\xc3\x28"}}};
    for (const InProcessServer::Headers &headers : oddHeaders)
        corpus.append({"POST", QStringLiteral("/api/ApiKey/create"),
                       QByteArrayLiteral("{\"name\":\"k\"}"), headers});
    return corpus;
}

} // namespace

Q_DECLARE_METATYPE(Family)

class TestBadInput : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;

    // A fingerprint of every row that a request could change.
    QByteArray storeFingerprint() { return fingerprintOf(*m_live); }
    static QByteArray fingerprintOf(FreshStoreServer &live)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *table : {"tenants", "users", "api_keys", "services", "audit_events"}) {
            QSqlQuery rows(live.test.database().database()->connection());
            rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            while (rows.next()) {
                for (int column = 0; column < 32 && rows.value(column).isValid(); ++column)
                    hash.addData(rows.value(column).toString().toUtf8() + '\x1f');
            }
        }
        return hash.result();
    }
    static bool hasEnvelope(Family family, const InProcessServer::Reply &reply)
    {
        const QJsonObject body = reply.json();
        switch (family) {
        case Family::A:
            return body.value(QStringLiteral("success")) == QJsonValue(false) &&
                   body.value(QStringLiteral("errors")).isArray();
        case Family::B:
            return body.value(QStringLiteral("status")).toInt() == reply.status &&
                   body.contains(QStringLiteral("data"));
        case Family::C:
            return reply.header("Content-Type") == "application/problem+json" &&
                   body.value(QStringLiteral("status")).toInt() == reply.status;
        }
        return false;
    }

private slots:
    void init() { m_live = std::make_unique<FreshStoreServer>(); }
    void cleanup() { m_live.reset(); }

    void refusedCleanly_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray invalidUtf8("{\"name\":\"\xff\xfe\"}");
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        const QByteArray huge = "{\"name\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
        struct Row {
            const char *tag;
            Family family;
            const char *method;
            const char *path;
            QByteArray body;
            int status;
        };
        const QList<Row> rows{
            {"A create truncated", Family::A, "POST", "/api/ApiKey/create", "{\"name\":", 400},
            {"A create invalid utf8", Family::A, "POST", "/api/ApiKey/create", invalidUtf8, 400},
            {"A create deep nesting", Family::A, "POST", "/api/ApiKey/create", deep, 400},
            {"A create number name", Family::A, "POST", "/api/ApiKey/create", "{\"name\":1}", 400},
            {"A create object permissions", Family::A, "POST", "/api/ApiKey/create",
             "{\"name\":\"k\",\"permissions\":{}}", 400},
            {"A create huge lifetime", Family::A, "POST", "/api/ApiKey/create",
             "{\"name\":\"k\",\"lifetime\":1e30}", 400},
            {"A create rate limit zero", Family::A, "POST", "/api/ApiKey/create",
             "{\"name\":\"k\",\"rateLimit\":0}", 400},
            {"A create past expiry", Family::A, "POST", "/api/ApiKey/create",
             "{\"name\":\"k\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}", 400},
            {"A create sql in name", Family::A, "POST", "/api/ApiKey/create",
             "{\"name\":\"k\",\"allowedIp\":\"1.1.1.1'; DROP TABLE api_keys;--\"}", 400},
            {"A create oversized", Family::A, "POST", "/api/ApiKey/create", huge, 413},
            {"A update bad status", Family::A, "PUT", "/api/ApiKey/update/1",
             "{\"status\":\"GONE\"}", 400},
            {"A update string active", Family::A, "PUT", "/api/ApiKey/update/1",
             "{\"isActive\":\"yes\"}", 400},
            {"A update overflow id", Family::A, "PUT", "/api/ApiKey/update/18446744073709551616",
             "{}", 400},
            {"A delete negative id", Family::A, "DELETE", "/api/ApiKey/delete/-3", {}, 400},
            {"A rotate negative grace", Family::A, "POST", "/api/ApiKey/rotate/1",
             "{\"gracePeriod\":-1}", 400},
            {"A rotate text grace", Family::A, "POST", "/api/ApiKey/rotate/1",
             "{\"gracePeriod\":\"1h\"}", 400},
            {"A tenant create missing name", Family::A, "POST", "/api/Tenant/create", "{}", 400},
            {"A tenant update wrong type", Family::A, "PUT", "/api/Tenant/update/1",
             "{\"isActive\":1}", 400},
            {"A user create bad email", Family::A, "POST", "/api/User/create",
             "{\"email\":\"nope\",\"password\":\"longenough\"}", 400},
            {"A user create short password", Family::A, "POST", "/api/User/create",
             "{\"email\":\"a@b.io\",\"password\":\"short\"}", 400},
            {"A user create bad role", Family::A, "POST", "/api/User/create",
             "{\"email\":\"a@b.io\",\"password\":\"longenough\",\"role\":\"root\"}", 400},
            {"A list bad page", Family::A, "GET", "/api/ApiKey/getAll?page=0", {}, 400},
            {"A list huge page size",
             Family::A,
             "GET",
             "/api/User/getAll?pageSize=100000",
             {},
             400},
            {"A list bad tenant filter",
             Family::A,
             "GET",
             "/api/ApiKey/getAll?tenantId=x",
             {},
             400},
            {"A wrong method", Family::A, "PATCH", "/api/ApiKey/update/1", "{}", 405},
            {"A unknown path", Family::A, "GET", "/api/ApiKey/../../etc/passwd", {}, 404},
            {"B login array", Family::B, "POST", "/api/auth/login", "[]", 400},
            {"B login number email", Family::B, "POST", "/api/auth/login",
             "{\"email\":1,\"password\":\"x\"}", 400},
            {"B service name number", Family::B, "POST", "/api/clients/generate-service-id",
             "{\"name\":5}", 400},
            {"B service truncated", Family::B, "POST", "/api/clients/generate-service-id", "{",
             400},
            {"B api key object id", Family::B, "POST", "/api/clients/generate-api-key",
             "{\"service_id\":{}}", 400},
            {"B oversized", Family::B, "POST", "/api/clients/generate-api-key", huge, 413},
            {"B wrong method", Family::B, "PUT", "/api/clients/api-keys", "{}", 405},
            {"B delete unknown",
             Family::B,
             "DELETE",
             "/api/clients/api-keys/%3Cscript%3E",
             {},
             404},
            {"C create truncated", Family::C, "POST", "/api/v1/apikey", "{\"label\"", 400},
            {"C create null label", Family::C, "POST", "/api/v1/apikey", "{\"label\":null}", 400},
            {"C create array label", Family::C, "POST", "/api/v1/apikey", "{\"label\":[\"k\"]}",
             400},
            {"C create float tenant", Family::C, "POST", "/api/v1/apikey",
             "{\"label\":\"k\",\"tenantId\":1.5}", 400},
            {"C create status number", Family::C, "POST", "/api/v1/apikey",
             "{\"label\":\"k\",\"status\":1}", 400},
            {"C put bad id", Family::C, "PUT", "/api/v1/apikey/abc", "{\"label\":\"k\"}", 400},
            {"C put bad status", Family::C, "PUT", "/api/v1/apikey/1", "{\"status\":\"active\"}",
             400},
            {"C oversized", Family::C, "POST", "/api/v1/apikey", huge, 413},
            {"C wrong method", Family::C, "PATCH", "/api/v1/apikey/1", "{}", 405},
            {"C unknown path is the success-envelope API's",
             Family::A,
             "GET",
             "/api/v1/nothing",
             {},
             404},
        };
        for (const Row &row : rows)
            QTest::newRow(row.tag) << row.family << QByteArray(row.method)
                                   << QString::fromLatin1(row.path) << row.body << row.status;
    }
    void refusedCleanly()
    {
        QFETCH(Family, family);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QByteArray token = m_live->test.userToken(TestServices::adminEmail);
        const InProcessServer::Headers headers{{"x-api-key", m_live->test.tenantKey(1)},
                                               {"Authorization", "Bearer " + token}};
        const QByteArray before = storeFingerprint();
        const auto reply = m_live->http.send(method, path, headers, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(hasEnvelope(family, reply), reply.body.left(300).constData());
        QCOMPARE(storeFingerprint(), before);
        QCOMPARE(m_live->http.get(QStringLiteral("/healthz")).status, 200);
    }

    // A corpus of over 200 bad requests against one server: every mutating
    // endpoint of every family with bodies no endpoint may accept, plus odd
    // paths and headers. None may answer 5xx, change the store or take the
    // server down.
    void corpusNeverErrsNorChangesAnything()
    {
        FreshStoreServer live;
        const InProcessServer::Headers credentials{
            {"x-api-key", live.test.tenantKey(1)},
            {"Authorization", "Bearer " + live.test.userToken(TestServices::adminEmail)}};
        const QList<BadRequest> corpus = badRequestCorpus(credentials);
        QVERIFY2(corpus.size() >= 200, qPrintable(QString::number(corpus.size())));
        const QByteArray before = fingerprintOf(live);
        for (const BadRequest &bad : corpus) {
            const auto reply = live.http.send(bad.method, bad.path, bad.headers, bad.body);
            const QString request = QString::fromLatin1(bad.method) + QLatin1Char(' ') +
                                    bad.path.left(80) + QLatin1Char(' ') +
                                    QString::fromLatin1(bad.body.left(60).toPercentEncoding()) +
                                    QStringLiteral(" -> ") + QString::number(reply.status);
            QVERIFY2(reply.status >= 400 && reply.status < 500, qPrintable(request));
        }
        QCOMPARE(fingerprintOf(live), before);
        QCOMPARE(live.http.get(QStringLiteral("/healthz")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
