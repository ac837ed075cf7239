// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// A key cannot grant what it lacks, written as the misuse: a key holding
// write and token:generate exchanges itself for a token and, with it, tries
// to mint a wider key, widen itself, change a key stronger than itself, and
// rotate or delete the tenant key. Each is refused (403, the success-envelope API's and
// the problem detailss) and changes nothing; what lies within its scope
// still works, and an Admin user keeps what the role allows.
#include "FreshStoreServer.h"

#include <QJsonArray>
#include <QTest>

using namespace keyward;

namespace {

QJsonArray permissionList(const QStringList &permissions)
{
    return QJsonArray::fromStringList(permissions);
}

} // namespace

class TestKeyAuthority : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FreshStoreServer> m_live;
    IssuedKey m_key;      // write + token:generate: the caller
    IssuedKey m_stronger; // read + write + token:generate
    qint64 m_tenantKeyId = 0;
    InProcessServer::Headers m_asKey;

    InProcessServer &http() { return m_live->http; }
    static QString firstError(const InProcessServer::Reply &reply)
    {
        return reply.json().value(QStringLiteral("errors")).toArray().first().toString();
    }
    QList<ApiKey> keys() const { return m_live->test.keysOf(1).items; }

private slots:
    void init()
    {
        m_live = std::make_unique<FreshStoreServer>();
        NewKey caller;
        caller.name = QStringLiteral("writer");
        caller.permissions = {QStringLiteral("write"), QStringLiteral("token:generate")};
        m_key = m_live->test.createKey(1, caller);
        NewKey stronger;
        stronger.name = QStringLiteral("stronger");
        stronger.permissions = {QStringLiteral("read"), QStringLiteral("write"),
                                QStringLiteral("token:generate")};
        m_stronger = m_live->test.createKey(1, stronger);
        const auto exchanged = http().get(QStringLiteral("/api/Token/generate-from-apikey"),
                                          {{"x-api-key", m_key.secret}});
        QCOMPARE(exchanged.status, 200);
        const QByteArray token =
            exchanged.json().value(QStringLiteral("data")).toString().toLatin1();
        m_asKey = {{"x-api-key", m_key.secret}, {"Authorization", "Bearer " + token}};
        for (const ApiKey &key : keys()) {
            if (key.kind == ApiKeyKind::Tenant)
                m_tenantKeyId = key.id;
        }
        QVERIFY(m_tenantKeyId > 0);
    }

    void misuseIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("why");
        QTest::newRow("mint a wider key")
            << QByteArray("POST") << QStringLiteral("/api/ApiKey/create")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("wider")},
                           {QStringLiteral("permissions"),
                            permissionList({QStringLiteral("read"), QStringLiteral("write"),
                                            QStringLiteral("token:generate"),
                                            QStringLiteral("admin:all")})}}
            << QStringLiteral("A key cannot grant permissions it does not hold");
        QTest::newRow("mint a tenant key")
            << QByteArray("POST") << QStringLiteral("/api/ApiKey/create")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                           {QStringLiteral("kind"), QStringLiteral("tenant")}}
            << QStringLiteral("A key cannot create the tenant key");
        QTest::newRow("widen itself")
            << QByteArray("PUT") << QStringLiteral("/api/ApiKey/update/{self}")
            << QJsonObject{{QStringLiteral("permissions"),
                            permissionList({QStringLiteral("read"), QStringLiteral("write"),
                                            QStringLiteral("token:generate")})}}
            << QStringLiteral("A key cannot change its own permissions");
        QTest::newRow("narrow itself")
            << QByteArray("PUT") << QStringLiteral("/api/ApiKey/update/{self}")
            << QJsonObject{{QStringLiteral("permissions"),
                            permissionList({QStringLiteral("write")})}}
            << QStringLiteral("A key cannot change its own permissions");
        QTest::newRow("disable a stronger key")
            << QByteArray("PUT") << QStringLiteral("/api/ApiKey/update/{stronger}")
            << QJsonObject{{QStringLiteral("isActive"), false}}
            << QStringLiteral("A key cannot change a key that holds permissions it lacks");
        QTest::newRow("delete a stronger key")
            << QByteArray("DELETE") << QStringLiteral("/api/ApiKey/delete/{stronger}")
            << QJsonObject{}
            << QStringLiteral("A key cannot change a key that holds permissions it lacks");
        QTest::newRow("rotate the tenant key")
            << QByteArray("POST") << QStringLiteral("/api/ApiKey/rotate/{tenant}") << QJsonObject{}
            << QStringLiteral("A key cannot change the tenant key");
        QTest::newRow("disable the tenant key")
            << QByteArray("PUT") << QStringLiteral("/api/ApiKey/update/{tenant}")
            << QJsonObject{{QStringLiteral("isActive"), false}}
            << QStringLiteral("A key cannot change the tenant key");
        QTest::newRow("delete the tenant key")
            << QByteArray("DELETE") << QStringLiteral("/api/ApiKey/delete/{tenant}")
            << QJsonObject{} << QStringLiteral("A key cannot change the tenant key");
    }
    void misuseIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, why);
        const QList<ApiKey> before = keys();
        const QString target =
            QString(path)
                .replace(QStringLiteral("{self}"), QString::number(m_key.key.id))
                .replace(QStringLiteral("{stronger}"), QString::number(m_stronger.key.id))
                .replace(QStringLiteral("{tenant}"), QString::number(m_tenantKeyId));
        const auto reply = http().send(
            method, target, m_asKey, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(firstError(reply), why);
        const QList<ApiKey> after = keys();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].permissions, before[i].permissions);
            QCOMPARE(after[i].status, before[i].status);
            QCOMPARE(after[i].updatedAt, before[i].updatedAt);
        }
    }

    void withinItsScopeAKeyStillWorks()
    {
        const auto created = http().send(
            "POST", QStringLiteral("/api/ApiKey/create"), m_asKey,
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("narrower")},
                                      {QStringLiteral("permissions"),
                                       permissionList({QStringLiteral("write")})}})
                .toJson());
        QCOMPARE(created.status, 200);
        const qint64 id = created.json()
                              .value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        const auto renamed = http().send(
            "PUT", QStringLiteral("/api/ApiKey/update/%1").arg(id), m_asKey,
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("narrow")}})
                .toJson());
        QCOMPARE(renamed.status, 200);
        const auto self = http().send(
            "PUT", QStringLiteral("/api/ApiKey/update/%1").arg(m_key.key.id), m_asKey,
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("writer 2")}})
                .toJson());
        QCOMPARE(self.status, 200); // its own label is its to change
    }

    void v1RefusesAWiderKeyToo()
    {
        // The v1 API keys carry read and write; this caller lacks read.
        const auto reply = http().send(
            "POST", QStringLiteral("/api/v1/apikey"), {m_asKey.back()},
            QJsonDocument(QJsonObject{{QStringLiteral("label"), QStringLiteral("c")}}).toJson());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("A key cannot grant permissions it does not hold"));
    }

    void anAdminUserKeepsWhatTheRoleAllows()
    {
        m_live->test.createUser(1, QStringLiteral("admin1@example.com"), Role::Admin);
        const QByteArray adminToken = m_live->test.userToken(QStringLiteral("admin1@example.com"));
        const InProcessServer::Headers asAdmin{{"x-api-key", m_live->test.tenantKey(1)},
                                               {"Authorization", "Bearer " + adminToken}};
        const auto created =
            http().send("POST", QStringLiteral("/api/ApiKey/create"), asAdmin,
                        QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("wide")},
                                                  {QStringLiteral("permissions"),
                                                   permissionList({QStringLiteral("read"),
                                                                   QStringLiteral("admin:all")})}})
                            .toJson());
        QCOMPARE(created.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestKeyAuthority)
#include "TestKeyAuthority.moc"
