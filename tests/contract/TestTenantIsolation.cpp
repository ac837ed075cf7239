// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Tenant isolation, every route x every kind of caller. Tenant 1 ("Default")
// and tenant B ("Other") each hold an Admin, a User, a secret key, a status-envelope
// client key and a v1 JWT key. Every route the server registers is
// called, aimed at tenant 1's rows, by each caller of the matrix; the answer
// must be the status pinned here, in the family's envelope, must show nothing
// of tenant 1 unless the caller acts for tenant 1 (or the documents publish
// it), lists must hold only the caller's tenant, and a refused request must
// leave the database as it was.
#include "InProcessServer.h"
#include "IsolationMatrix.h"
#include "TestServices.h"
#include "store/ApiKeyRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <array>

using namespace keyward;

namespace {

using namespace isolation;

QString keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys.join(QLatin1Char(','));
}

// The rows of the four tables, as a digest of all of them and of tenant 1's
// alone. Usage bookkeeping (last_used_at, use_count) is left out: a refused
// request may still have authenticated a key, which counts as a use.
struct Snapshot {
    QString counts;
    QByteArray all;
    QByteArray tenantOne;
};

} // namespace

class TestTenantIsolation : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServices> m_test;
    std::unique_ptr<InProcessServer> m_http;
    Tenant m_other;
    Actor m_tenantOneAdmin;
    std::array<InProcessServer::Headers, CallerCount> m_callers;
    QHash<QString, QString> m_targets; // ${NAME} in paths and bodies
    QStringList m_generatedMarkers;    // tenant 1's names, prefixes, ids
    QStringList m_fixedMarkers;        // tenant 1's values a static document may show too
    QSet<QString> m_otherClientKeyIds; // tenant B's status-envelope keyIds

    void remember(const ApiKey &key, const QByteArray &secret = {})
    {
        m_generatedMarkers << key.displayPrefix;
        if (key.kind != ApiKeyKind::Tenant) // every tenant key is called "Tenant key"
            m_generatedMarkers << key.name;
        if (!key.jti.isEmpty())
            m_generatedMarkers << key.jti;
        if (!key.publicId.isEmpty())
            m_generatedMarkers << key.publicId;
        if (!secret.isEmpty())
            m_generatedMarkers << QString::fromLatin1(secret);
    }
    // A tenant 1 key that, while it works, may read and change tenant 1's keys.
    IssuedKey tenantOneKey(const QString &name, ApiKeyKind kind,
                           std::optional<qint64> lifetime = std::nullopt)
    {
        NewKey request;
        request.name = name;
        request.kind = kind;
        request.permissions = {QStringLiteral("read"), QStringLiteral("write"),
                               QStringLiteral("token:generate")};
        request.lifetimeSeconds = lifetime;
        const IssuedKey issued = m_test->createKey(1, request);
        remember(issued.key, issued.secret);
        return issued;
    }
    IssuedKey clientKey(const Actor &admin, const QString &service)
    {
        auto registered = m_test->services().clientKeys.registerService(admin, service);
        if (!registered)
            qFatal("service: %s", qPrintable(registered.error().detail()));
        auto issued = m_test->services().clientKeys.issueKey(admin, registered->serviceId);
        if (!issued)
            qFatal("client key: %s", qPrintable(issued.error().detail()));
        return *issued;
    }
    void newTenantOneClientKey()
    {
        const IssuedKey issued = clientKey(m_tenantOneAdmin, QStringLiteral("t1-client-service"));
        remember(issued.key, issued.secret);
        m_targets[QStringLiteral("T1_CLIENT_KEY")] = QString::number(issued.key.id);
        m_targets[QStringLiteral("T1_CLIENT_PUBLIC_ID")] = issued.key.publicId;
    }
    // A caller holding a tenant 1 secret key and a token it was exchanged
    // for while it still worked.
    InProcessServer::Headers keyCaller(const ApiKey &key, const QByteArray &secret)
    {
        return {{"x-api-key", secret},
                {"Authorization", "Bearer " + m_test->services().tokens.issueForKey(key)}};
    }

    QString resolved(QString text) const
    {
        for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
            text.replace(QStringLiteral("${%1}").arg(it.key()), it.value());
        return text;
    }

    Snapshot snapshot() const
    {
        Snapshot snapshot;
        QCryptographicHash all(QCryptographicHash::Sha256);
        QCryptographicHash tenantOne(QCryptographicHash::Sha256);
        QSqlDatabase connection = m_test->database().database()->connection();
        for (const QString &table : {QStringLiteral("tenants"), QStringLiteral("users"),
                                     QStringLiteral("services"), QStringLiteral("api_keys")}) {
            QSqlQuery query(connection);
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
                qFatal("snapshot of %s failed", qPrintable(table));
            int rows = 0;
            while (query.next()) {
                const QSqlRecord record = query.record();
                QByteArray row = table.toUtf8();
                for (int i = 0; i < record.count(); ++i) {
                    const QString name = record.fieldName(i);
                    if (name == QLatin1String("last_used_at") || name == QLatin1String("use_count"))
                        continue;
                    row += '|' + name.toUtf8() + '=' + record.value(i).toString().toUtf8();
                }
                all.addData(row);
                const QString owner = table == QLatin1String("tenants")
                                          ? QStringLiteral("id")
                                          : QStringLiteral("tenant_id");
                if (record.value(owner).toLongLong() == 1)
                    tenantOne.addData(row);
                ++rows;
            }
            snapshot.counts += QStringLiteral("%1=%2 ").arg(table).arg(rows);
        }
        snapshot.all = all.result();
        snapshot.tenantOne = tenantOne.result();
        return snapshot;
    }

    // Puts tenant 1's targets back after a request that was allowed to
    // change them (a SuperAdmin's), so the next rows meet the same world.
    void rearrange()
    {
        Services &services = m_test->services();
        const Actor operatorActor = TestServices::operatorActor();
        auto intact = [&](const QString &target, const QString &name) {
            auto key = services.keys.get(operatorActor, m_targets.value(target).toLongLong());
            return key && key->status == KeyStatus::Active && key->name == name &&
                   key->allowedNetworks.isEmpty() && !key->expiresAt.isValid();
        };
        if (!intact(QStringLiteral("T1_VICTIM_KEY"), QStringLiteral("t1-victim-key")))
            m_targets[QStringLiteral("T1_VICTIM_KEY")] = QString::number(
                tenantOneKey(QStringLiteral("t1-victim-key"), ApiKeyKind::Secret).key.id);
        if (!intact(QStringLiteral("T1_JWT_KEY"), QStringLiteral("t1-jwt-key")))
            m_targets[QStringLiteral("T1_JWT_KEY")] =
                QString::number(tenantOneKey(QStringLiteral("t1-jwt-key"), ApiKeyKind::Jwt).key.id);
        if (!services.clientKeys.findByPublicId(
                operatorActor, m_targets.value(QStringLiteral("T1_CLIENT_PUBLIC_ID"))))
            newTenantOneClientKey();
        TenantService::Changes tenant;
        tenant.name = QStringLiteral("Default");
        tenant.isActive = true;
        tenant.discoverable = true;
        QVERIFY(services.tenants.update(operatorActor, 1, tenant));
        const QList<QPair<QString, QPair<QString, Role>>> users{
            {QStringLiteral("T1_ADMIN_ID"),
             {m_targets.value(QStringLiteral("T1_ADMIN_EMAIL")), Role::Admin}},
            {QStringLiteral("T1_USER_ID"),
             {QStringLiteral("t1-user@tenant-one.test"), Role::User}}};
        for (const auto &[target, account] : users) {
            UserService::Changes user;
            user.email = account.first;
            user.role = account.second;
            user.isActive = true;
            QVERIFY(
                services.users.update(operatorActor, m_targets.value(target).toLongLong(), user));
        }
    }

    QStringList leaks(const QByteArray &body, bool staticDocument) const
    {
        QStringList found;
        for (const QString &marker : m_generatedMarkers) {
            if (body.contains(marker.toUtf8()))
                found << marker;
        }
        if (!staticDocument) {
            for (const QString &marker : m_fixedMarkers) {
                if (body.contains(marker.toUtf8()))
                    found << marker;
            }
        }
        return found;
    }

    QStringList envelopeProblems(Family family, int caller,
                                 const InProcessServer::Reply &reply) const
    {
        QStringList problems;
        const QByteArray contentType = reply.header("Content-Type");
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        const QJsonObject object = document.object();
        const bool refused = reply.status >= 400;
        if (family == Family::Ops)
            return problems;
        if (family == Family::C && refused) {
            if (contentType != "application/problem+json")
                problems << QStringLiteral("Content-Type %1").arg(QString::fromLatin1(contentType));
            if (keysOf(object) != QLatin1String("detail,status,title,type") ||
                object.value(QStringLiteral("status")).toInt() != reply.status)
                problems << QStringLiteral("not an RFC 7807 problem");
        } else if (!contentType.startsWith("application/json")) {
            problems << QStringLiteral("Content-Type %1").arg(QString::fromLatin1(contentType));
        }
        if (family == Family::A) {
            if (keysOf(object) != (refused ? QLatin1String("errors,message,success")
                                           : QLatin1String("data,message,success")) ||
                object.value(QStringLiteral("success")).toBool() == refused)
                problems << QStringLiteral(
                    "not the success-envelope API's {success, data|errors, message}");
            if (refused && (object.value(QStringLiteral("errors")).toArray().isEmpty() ||
                            !object.value(QStringLiteral("errors")).toArray().first().isString()))
                problems << QStringLiteral("no errors[] sentence");
        }
        if (family == Family::B &&
            (keysOf(object) != QLatin1String("data,message,status") ||
             object.value(QStringLiteral("status")).toInt() != reply.status ||
             (refused && !object.value(QStringLiteral("data")).isNull())))
            problems << QStringLiteral("not the status-envelope API's {status, message, data}");
        if (!refused)
            return problems;
        if (family != Family::C &&
            !refusalMessages(family, reply.status)
                 .contains(object.value(QStringLiteral("message")).toString()))
            problems << QStringLiteral("undocumented message \"%1\"")
                            .arg(object.value(QStringLiteral("message")).toString());
        if (const auto exact = credentialRefusal(family, caller, reply.status);
            exact && object != *exact)
            problems << QStringLiteral("expected %1")
                            .arg(QString::fromUtf8(
                                QJsonDocument(*exact).toJson(QJsonDocument::Compact)));
        return problems;
    }

    // A list answered to a tenant B caller: tenant B's rows, only.
    QStringList listProblems(Family family, const QString &path,
                             const InProcessServer::Reply &reply) const
    {
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        QJsonArray items;
        if (family == Family::A)
            items = document.object()
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("items"))
                        .toArray();
        else if (family == Family::B)
            items = document.object().value(QStringLiteral("data")).toArray();
        else
            items = document.array();
        QStringList problems;
        if (items.isEmpty())
            problems << QStringLiteral("tenant B's own rows are missing");
        const bool tenants = path.startsWith(QLatin1String("/api/Tenant/"));
        for (const QJsonValue &item : items) {
            const QJsonObject row = item.toObject();
            const bool own =
                family == Family::B
                    ? m_otherClientKeyIds.contains(row.value(QStringLiteral("keyId")).toString())
                    : row.value(tenants ? QStringLiteral("id") : QStringLiteral("tenantId"))
                              .toInteger() == m_other.id;
            if (!own)
                problems << QStringLiteral("not tenant B's: %1")
                                .arg(QString::fromUtf8(
                                    QJsonDocument(row).toJson(QJsonDocument::Compact)));
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestServices>();
        m_http = std::make_unique<InProcessServer>(m_test->services());
        Services &services = m_test->services();
        m_other = m_test->createTenant(QStringLiteral("Other"));

        const QString adminEmail = QStringLiteral("t1-admin@tenant-one.test");
        const QString adminPassword = QStringLiteral("t1-admin-password");
        const User tenantOneAdmin = m_test->createUser(1, adminEmail, Role::Admin, adminPassword);
        const User tenantOneUser =
            m_test->createUser(1, QStringLiteral("t1-user@tenant-one.test"), Role::User);
        const User otherAdmin =
            m_test->createUser(m_other.id, QStringLiteral("b-admin@tenant-b.test"), Role::Admin);
        m_test->createUser(m_other.id, QStringLiteral("b-user@tenant-b.test"), Role::User);
        m_tenantOneAdmin = TestServices::actorOf(tenantOneAdmin);
        m_fixedMarkers = {QStringLiteral("\"Default\""), TestServices::adminEmail};
        m_generatedMarkers = {adminEmail, tenantOneUser.email, adminPassword};
        m_targets = {
            {QStringLiteral("T1_ADMIN_ID"), QString::number(tenantOneAdmin.id)},
            {QStringLiteral("T1_USER_ID"), QString::number(tenantOneUser.id)},
            {QStringLiteral("T1_ADMIN_EMAIL"), adminEmail},
            {QStringLiteral("T1_ADMIN_PASSWORD"), adminPassword},
            {QStringLiteral("T1_ADMIN_TOKEN"), QString::fromLatin1(m_test->userToken(adminEmail))}};

        // Tenant 1: its tenant key, a secret key, a victim for the
        // mutations, a status-envelope key, a v1 key, a pending service id.
        const ApiKey tenantKey =
            **ApiKeyRepository(*m_test->database().database()).findTenantKey(1);
        remember(tenantKey, m_test->tenantKey(1));
        m_targets[QStringLiteral("T1_TENANT_KEY")] = QString::number(tenantKey.id);
        m_targets[QStringLiteral("T1_SECRET_KEY")] = QString::number(
            tenantOneKey(QStringLiteral("t1-secret-key"), ApiKeyKind::Secret).key.id);
        m_targets[QStringLiteral("T1_VICTIM_KEY")] = QString::number(
            tenantOneKey(QStringLiteral("t1-victim-key"), ApiKeyKind::Secret).key.id);
        m_targets[QStringLiteral("T1_JWT_KEY")] =
            QString::number(tenantOneKey(QStringLiteral("t1-jwt-key"), ApiKeyKind::Jwt).key.id);
        newTenantOneClientKey();
        auto pending = services.clientKeys.registerService(m_tenantOneAdmin,
                                                           QStringLiteral("t1-pending-service"));
        QVERIFY(pending);
        m_generatedMarkers << pending->service.uuid << pending->service.name;
        m_targets[QStringLiteral("T1_SERVICE_ID")] = QString::fromLatin1(pending->serviceId);

        // Tenant B: the same kinds of keys.
        NewKey secret;
        secret.name = QStringLiteral("b-secret-key");
        secret.permissions = {QStringLiteral("read"), QStringLiteral("write")};
        m_test->createKey(m_other.id, secret);
        m_otherClientKeyIds << clientKey(TestServices::actorOf(otherAdmin),
                                         QStringLiteral("b-service"))
                                   .key.publicId;
        NewKey jwt;
        jwt.name = QStringLiteral("b-jwt-key");
        jwt.kind = ApiKeyKind::Jwt;
        jwt.permissions = {QStringLiteral("read"), QStringLiteral("write")};
        const QByteArray otherKeyJwt = m_test->createKey(m_other.id, jwt).secret;

        // Tenant 1 keys that no longer work, with the tokens they yielded.
        const IssuedKey disabled =
            tenantOneKey(QStringLiteral("t1-disabled-key"), ApiKeyKind::Secret);
        const IssuedKey expired =
            tenantOneKey(QStringLiteral("t1-expired-key"), ApiKeyKind::Secret, 60);
        const IssuedKey deleted =
            tenantOneKey(QStringLiteral("t1-deleted-key"), ApiKeyKind::Secret);
        m_callers[DisabledKey] = keyCaller(disabled.key, disabled.secret);
        m_callers[ExpiredKey] = keyCaller(expired.key, expired.secret);
        m_callers[DeletedKey] = keyCaller(deleted.key, deleted.secret);
        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(services.keys.update(TestServices::operatorActor(), disabled.key.id, disable));
        QVERIFY(services.keys.remove(TestServices::operatorActor(), deleted.key.id));
        m_test->clock().advance(61);

        const QByteArray ourKey = m_test->tenantKey(1);
        const QByteArray otherKey = m_test->tenantKey(m_other.id);
        auto bearer = [](const QByteArray &token) { return "Bearer " + token; };
        const QByteArray otherAdminToken = bearer(m_test->userToken(otherAdmin.email));
        m_callers[Anonymous] = {};
        m_callers[OtherAdmin] = {{"x-api-key", otherKey}, {"Authorization", otherAdminToken}};
        m_callers[OwnUser] = {{"x-api-key", ourKey},
                              {"Authorization", bearer(m_test->userToken(tenantOneUser.email))}};
        m_callers[OtherAdminWithOurKey] = {{"x-api-key", ourKey},
                                           {"Authorization", otherAdminToken}};
        m_callers[OtherKeyJwt] = {{"x-api-key", otherKey}, {"Authorization", bearer(otherKeyJwt)}};
        const auto published =
            m_http->get(QStringLiteral("/api/Token/generate-from-apikey"), {{"x-api-key", ourKey}});
        QCOMPARE(published.status, 200);
        m_callers[PublishedKeyToken] = {
            {"x-api-key", ourKey},
            {"Authorization",
             bearer(published.json().value(QStringLiteral("data")).toString().toLatin1())}};
        m_callers[SuperAdmin] = {
            {"x-api-key", ourKey},
            {"Authorization", bearer(m_test->userToken(TestServices::adminEmail))}};
    }
    void cleanupTestCase()
    {
        m_http.reset();
        m_test.reset();
    }

    // Every status is an answer or a 4xx refusal, and the SuperAdmin gets
    // through everywhere except where the request carries someone else's
    // credentials.
    void matrixIsSound()
    {
        for (const Call &call : calls()) {
            const QString name =
                QStringLiteral("%1 %2 [%3]")
                    .arg(QString::fromLatin1(call.method), call.path, call.variant);
            for (const int status : call.expected)
                QVERIFY2(status / 100 == 2 || status / 100 == 4, qPrintable(name));
            QVERIFY2(call.expected[SuperAdmin] / 100 == 2 || (call.traits & OwnCredentials),
                     qPrintable(name + QStringLiteral(": the SuperAdmin must get through")));
        }
    }

    // The matrix covers exactly the routes the server has.
    void everyRouteHasAMatrixEntry()
    {
        const auto routes = m_http->server().router().routes();
        for (const auto &[method, pattern] : routes) {
            const bool covered = std::any_of(calls().begin(), calls().end(), [&](const Call &call) {
                return call.method == method && call.pattern == pattern;
            });
            QVERIFY2(covered,
                     qPrintable(QStringLiteral("no tenant-isolation matrix entry for %1 %2")
                                    .arg(QString::fromLatin1(method), pattern)));
        }
        for (const Call &call : calls()) {
            QVERIFY2(routes.contains(qMakePair(call.method, call.pattern)),
                     qPrintable(QStringLiteral("the matrix names %1 %2, which is no route")
                                    .arg(QString::fromLatin1(call.method), call.pattern)));
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("caller");
        for (const auto &[method, pattern] : m_http->server().router().routes()) {
            const QString route = QString::fromLatin1(method) + QLatin1Char(' ') + pattern;
            bool covered = false;
            for (qsizetype i = 0; i < calls().size(); ++i) {
                const Call &call = calls()[i];
                if (call.method != method || call.pattern != pattern)
                    continue;
                covered = true;
                const QString name = call.variant.isEmpty()
                                         ? route
                                         : route + QStringLiteral(" [%1]").arg(call.variant);
                for (int caller = 0; caller < CallerCount; ++caller)
                    QTest::addRow("%s as %s", qPrintable(name), callerNames[caller])
                        << int(i) << caller;
            }
            if (!covered)
                QTest::addRow("%s: no matrix entry", qPrintable(route)) << -1 << -1;
        }
    }
    void matrix()
    {
        QFETCH(int, call);
        QFETCH(int, caller);
        QVERIFY2(call >= 0, "a route without a tenant-isolation matrix entry");
        const Call &request = calls()[call];
        const int expected = request.expected[caller];
        const QString path = resolved(request.path);
        const Family family = familyOf(path);

        const Snapshot before = snapshot();
        InProcessServer::Headers headers = m_callers[caller];
        if (request.traits & Form)
            headers.append(qMakePair(QByteArray("Content-Type"),
                                     QByteArray("application/x-www-form-urlencoded")));
        const auto reply = m_http->send(request.method, path, headers,
                                        resolved(QString::fromUtf8(request.body)).toUtf8());
        const Snapshot after = snapshot();
        const bool allowed = reply.status >= 200 && reply.status < 300;
        if (allowed && (request.traits & Mutates))
            rearrange();
        const QString what =
            QStringLiteral("%1 %2 %3 -> %4 %5")
                .arg(QString::fromLatin1(request.method), path, QString::fromUtf8(request.body))
                .arg(reply.status)
                .arg(QString::fromUtf8(reply.body.left(600)));

        QVERIFY2(reply.status == expected,
                 qPrintable(QStringLiteral("expected %1: %2").arg(expected).arg(what)));
        QStringList problems = envelopeProblems(family, caller, reply);
        const bool publicView = (request.traits & PublicData) ||
                                ((request.traits & PublicForAnonymous) && caller == Anonymous);
        if (!allowed || (!actsForTenantOne(caller) && !publicView)) {
            for (const QString &leak : leaks(reply.body, request.traits & StaticDocument))
                problems << QStringLiteral("shows tenant 1's %1").arg(leak);
        }
        if (allowed && (request.traits & Lists) && actsForTenantB(caller))
            problems << listProblems(family, path, reply);
        if (allowed && (request.traits & PublicForAnonymous) && caller == Anonymous) {
            const QJsonArray items = reply.json()
                                         .value(QStringLiteral("data"))
                                         .toObject()
                                         .value(QStringLiteral("items"))
                                         .toArray();
            for (const QJsonValue &item : items) {
                if (keysOf(item.toObject()) != QLatin1String("id,isActive,name"))
                    problems << QStringLiteral("the anonymous view shows more than id, name, "
                                               "isActive");
            }
        }
        if (!allowed || !(request.traits & Mutates)) {
            if (after.all != before.all)
                problems << QStringLiteral("the store changed: %1-> %2")
                                .arg(before.counts, after.counts);
        } else if (!actsForTenantOne(caller) && after.tenantOne != before.tenantOne) {
            problems << QStringLiteral("tenant 1's rows changed");
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(QStringLiteral("; ")) + QStringLiteral("\n   ") + what));
    }
};

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "TestTenantIsolation.moc"
