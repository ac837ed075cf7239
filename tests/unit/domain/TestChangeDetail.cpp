// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// An update's audit event says what changed, before → after, through every
// service that updates: keys, tenants and users. A password change is named,
// never shown.
#include "TestServices.h"

#include <QTest>

using namespace keyward;

class TestChangeDetail : public QObject {
    Q_OBJECT
private:
    static AuditEvent newest(TestServices &test)
    {
        auto events = test.services().audit.list(std::nullopt, {1, 1});
        if (!events || events->items.isEmpty())
            qFatal("no audit event");
        return events->items.first();
    }

private slots:
    void aKeyUpdateSaysEachChangedField()
    {
        TestServices test;
        const Tenant acme = test.createTenant(QStringLiteral("Acme"));
        NewKey request;
        request.name = QStringLiteral("ingest");
        request.permissions = {QStringLiteral("read")};
        const IssuedKey issued = test.createKey(acme.id, request);
        KeyChanges changes;
        changes.name = QStringLiteral("ingest-eu");
        changes.permissions = QStringList{QStringLiteral("read"), QStringLiteral("write")};
        changes.allowedNetworks = QStringLiteral("10.0.0.0/8");
        changes.rateLimitPerMinute = std::optional<qint64>(60);
        changes.expiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, changes));
        const AuditEvent event = newest(test);
        QCOMPARE(event.action, QStringLiteral("apikey.update"));
        QCOMPARE(
            event.detail,
            QStringLiteral("name: \"ingest\" → \"ingest-eu\"; permissions: read → read, write; "
                           "networks: any → 10.0.0.0/8; rate limit: none → 60/min; "
                           "expires: never → 2030-01-02T03:04:05Z"));

        KeyChanges disable;
        disable.status = KeyStatus::Disabled;
        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        QCOMPARE(newest(test).detail, QStringLiteral("status: ACTIVE → DISABLED"));

        QVERIFY(test.services().keys.update(TestServices::operatorActor(), issued.key.id, disable));
        QCOMPARE(newest(test).detail, QStringLiteral("no change"));

        // Free text typed with quotes, a "; " or a newline stays one value.
        KeyChanges describe;
        describe.description = QStringLiteral("say \"hi\"; then\nstop");
        QVERIFY(
            test.services().keys.update(TestServices::operatorActor(), issued.key.id, describe));
        QCOMPARE(newest(test).detail,
                 QStringLiteral("description: \"\" → \"say \\\"hi\\\"; then\\nstop\""));
    }

    void aTenantUpdateSaysNameAndState()
    {
        TestServices test;
        const Tenant acme = test.createTenant(QStringLiteral("Acme"));
        TenantService::Changes changes;
        changes.name = QStringLiteral("Acme Corp");
        changes.isActive = false;
        QVERIFY(test.services().tenants.update(TestServices::operatorActor(), acme.id, changes));
        const AuditEvent event = newest(test);
        QCOMPARE(event.action, QStringLiteral("tenant.update"));
        QCOMPARE(event.detail, QStringLiteral("name: \"Acme\" → \"Acme Corp\"; active: yes → no"));
    }

    void aUserUpdateNamesAPasswordChangeWithoutShowingIt()
    {
        TestServices test;
        const User bob = test.createUser(1, QStringLiteral("bob@example.com"), Role::User);
        UserService::Changes changes;
        changes.role = Role::Admin;
        changes.password = QStringLiteral("another long password");
        QVERIFY(test.services().users.update(TestServices::operatorActor(), bob.id, changes));
        const AuditEvent event = newest(test);
        QCOMPARE(event.action, QStringLiteral("user.update"));
        QCOMPARE(event.detail, QStringLiteral("role: User → Admin; password changed"));
        // Neither the old hash nor the new one is written.
        const User changed = *test.services().users.get(TestServices::operatorActor(), bob.id);
        QVERIFY(!bob.passwordHash.isEmpty() && !changed.passwordHash.isEmpty());
        QVERIFY(!event.detail.contains(bob.passwordHash));
        QVERIFY(!event.detail.contains(changed.passwordHash));
    }
};

QTEST_GUILESS_MAIN(TestChangeDetail)
#include "TestChangeDetail.moc"
