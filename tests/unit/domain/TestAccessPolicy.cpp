// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// AccessPolicy: who may read and write keys, users and tenants of which
// tenant, and what a key may do to other keys (never more than it holds).
#include "domain/AccessPolicy.h"

#include <QTest>

using namespace keyward;
using Area = AccessPolicy::Area;
using Operation = AccessPolicy::Operation;

namespace {

Actor user(Role role, qint64 tenantId = 1)
{
    Actor actor;
    actor.kind = Actor::Kind::User;
    actor.id = 7;
    actor.tenantId = tenantId;
    actor.role = role;
    return actor;
}

Actor key(const QStringList &scope, qint64 tenantId = 1)
{
    Actor actor;
    actor.kind = Actor::Kind::Key;
    actor.id = 12;
    actor.tenantId = tenantId;
    actor.scope = scope;
    return actor;
}

ApiKey target(ApiKeyKind kind, const QStringList &permissions, qint64 id = 30)
{
    ApiKey apiKey;
    apiKey.id = id;
    apiKey.tenantId = 1;
    apiKey.kind = kind;
    apiKey.permissions = permissions;
    return apiKey;
}

// A refusal's English, as the API answers it.
std::optional<QString> english(const std::optional<Sentence> &why)
{
    return why ? std::optional(why->text()) : std::nullopt;
}

const QString readPermission = QStringLiteral("read");
const QString writePermission = QStringLiteral("write");

} // namespace

Q_DECLARE_METATYPE(Actor)
Q_DECLARE_METATYPE(Area)
Q_DECLARE_METATYPE(Operation)

class TestAccessPolicy : public QObject {
    Q_OBJECT
private slots:
    void allows_data()
    {
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<Area>("area");
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<qint64>("tenantId");
        QTest::addColumn<bool>("allowed");
        Actor operatorActor;
        operatorActor.kind = Actor::Kind::Operator;
        QTest::newRow("operator writes any tenant")
            << operatorActor << Area::Tenants << Operation::Write << qint64(9) << true;
        QTest::newRow("SuperAdmin writes another tenant's users")
            << user(Role::SuperAdmin) << Area::Users << Operation::Write << qint64(9) << true;
        QTest::newRow("Admin writes its keys")
            << user(Role::Admin) << Area::Keys << Operation::Write << qint64(1) << true;
        QTest::newRow("Admin reads another tenant's keys")
            << user(Role::Admin) << Area::Keys << Operation::Read << qint64(2) << false;
        QTest::newRow("Admin writes its tenant")
            << user(Role::Admin) << Area::Tenants << Operation::Write << qint64(1) << false;
        QTest::newRow("User reads its tenant")
            << user(Role::User) << Area::Tenants << Operation::Read << qint64(1) << true;
        QTest::newRow("User reads its keys")
            << user(Role::User) << Area::Keys << Operation::Read << qint64(1) << false;
        QTest::newRow("read key reads keys")
            << key({readPermission}) << Area::Keys << Operation::Read << qint64(1) << true;
        QTest::newRow("read key writes keys")
            << key({readPermission}) << Area::Keys << Operation::Write << qint64(1) << false;
        QTest::newRow("write key writes keys")
            << key({writePermission}) << Area::Keys << Operation::Write << qint64(1) << true;
        QTest::newRow("key reads users") << key({readPermission, writePermission}) << Area::Users
                                         << Operation::Read << qint64(1) << false;
        QTest::newRow("key reads another tenant's keys")
            << key({readPermission}) << Area::Keys << Operation::Read << qint64(2) << false;
    }
    void allows()
    {
        QFETCH(Actor, actor);
        QFETCH(Area, area);
        QFETCH(Operation, operation);
        QFETCH(qint64, tenantId);
        QFETCH(bool, allowed);
        QCOMPARE(AccessPolicy::allows(actor, area, operation, tenantId), allowed);
    }

    void aKeyCreatesNoMoreThanItHolds()
    {
        const Actor writer = key({readPermission, writePermission});
        QCOMPARE(english(AccessPolicy::keyMayCreate(writer, ApiKeyKind::Secret, {readPermission})),
                 std::nullopt);
        QCOMPARE(english(AccessPolicy::keyMayCreate(writer, ApiKeyKind::Secret,
                                                    {readPermission, QStringLiteral("admin")})),
                 std::optional(QStringLiteral("A key cannot grant permissions it does not hold")));
        QCOMPARE(english(AccessPolicy::keyMayCreate(writer, ApiKeyKind::Tenant, {})),
                 std::optional(QStringLiteral("A key cannot create the tenant key")));
        // People are judged by allows() alone.
        QCOMPARE(english(AccessPolicy::keyMayCreate(user(Role::Admin), ApiKeyKind::Tenant,
                                                    {QStringLiteral("x")})),
                 std::nullopt);
    }

    void aKeyChangesNoKeyStrongerThanItselfNorItsOwnPermissions()
    {
        const Actor writer = key({readPermission, writePermission});
        const QStringList narrower{readPermission};
        const QStringList wider{readPermission, QStringLiteral("billing")};
        QCOMPARE(english(AccessPolicy::keyMayChange(writer,
                                                    target(ApiKeyKind::Secret, {readPermission}))),
                 std::nullopt);
        QCOMPARE(english(AccessPolicy::keyMayChange(
                     writer, target(ApiKeyKind::Secret, {readPermission}), &narrower)),
                 std::nullopt);
        QCOMPARE(english(AccessPolicy::keyMayChange(
                     writer, target(ApiKeyKind::Secret, {readPermission}), &wider)),
                 std::optional(QStringLiteral("A key cannot grant permissions it does not hold")));
        QCOMPARE(english(AccessPolicy::keyMayChange(
                     writer, target(ApiKeyKind::Secret, {QStringLiteral("billing")}))),
                 std::optional(
                     QStringLiteral("A key cannot change a key that holds permissions it lacks")));
        QCOMPARE(english(AccessPolicy::keyMayChange(writer, target(ApiKeyKind::Tenant, {}))),
                 std::optional(QStringLiteral("A key cannot change the tenant key")));
        QCOMPARE(english(AccessPolicy::keyMayChange(
                     writer, target(ApiKeyKind::Secret, {readPermission}, writer.id), &narrower)),
                 std::optional(QStringLiteral("A key cannot change its own permissions")));
        // Disabling itself (no new permissions) is allowed.
        QCOMPARE(english(AccessPolicy::keyMayChange(
                     writer, target(ApiKeyKind::Secret, {readPermission}, writer.id))),
                 std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "TestAccessPolicy.moc"
