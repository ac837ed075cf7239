// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TestDatabase.h"
#include "store/AuditRepository.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace keyward;

class TestAuditRepository : public QObject {
    Q_OBJECT
private slots:
    void appendsAndListsNewestFirstPerTenant()
    {
        TestDatabase test;
        AuditRepository audit(*test.database());
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QVERIFY(audit.append({0, now, QStringLiteral("user:1"), 1, QStringLiteral("apikey.create"),
                              QStringLiteral("apikey:1"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("first")}));
        QVERIFY(audit.append({0,
                              now.addSecs(1),
                              QStringLiteral("user:1"),
                              1,
                              QStringLiteral("apikey.delete"),
                              QStringLiteral("apikey:1"),
                              QStringLiteral("::1"),
                              {}}));
        QVERIFY(audit.append({0,
                              now,
                              QStringLiteral("system"),
                              std::nullopt,
                              QStringLiteral("tenant.create"),
                              QStringLiteral("tenant:2"),
                              {},
                              {}}));
        auto ofTenant = audit.list(1, {1, 10});
        QVERIFY(ofTenant);
        QCOMPARE(ofTenant->totalCount, 2);
        QCOMPARE(ofTenant->items.first().action, QStringLiteral("apikey.delete"));
        QCOMPARE(ofTenant->items.first().sourceIp, QStringLiteral("::1"));
        QCOMPARE(ofTenant->items.last().detail, QStringLiteral("first"));
        auto all = audit.list(std::nullopt, {1, 10});
        QCOMPARE(all->totalCount, 3);
        QVERIFY(!all->items.first().tenantId.has_value());

        // Searched in the store: each word somewhere, in any case, literally.
        const auto found = [&](std::optional<qint64> tenant, const QStringList &terms) {
            QStringList actions;
            const auto listed = audit.list(tenant, {1, 10}, terms);
            for (const AuditEvent &event : listed->items)
                actions << event.action;
            return actions;
        };
        QCOMPARE(found(std::nullopt, {QStringLiteral("CREATE")}),
                 (QStringList{QStringLiteral("tenant.create"), QStringLiteral("apikey.create")}));
        QCOMPARE(found(1, {QStringLiteral("create")}),
                 QStringList{QStringLiteral("apikey.create")});
        QCOMPARE(found(std::nullopt, {QStringLiteral("user:1"), QStringLiteral("::1")}),
                 QStringList{QStringLiteral("apikey.delete")});
        QCOMPARE(found(std::nullopt, {QStringLiteral("first")}),
                 QStringList{QStringLiteral("apikey.create")}); // the detail
        QCOMPARE(found(std::nullopt, {QStringLiteral("apikey_create")}), QStringList{});
    }

    // Every column sorts the whole trail in the store: read page by page
    // (keyset), the events come in order and none is skipped or repeated.
    void sortsTheWholeTrailAcrossPages()
    {
        TestDatabase test;
        AuditRepository audit(*test.database());
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QStringList actors{QStringLiteral("user:2"), QStringLiteral("apikey:7"),
                                 QStringLiteral("console (root@host)")};
        const QStringList actions{QStringLiteral("user.update"), QStringLiteral("apikey.create"),
                                  QStringLiteral("tenant.update"), QStringLiteral("apikey.delete")};
        for (int i = 0; i < 47; ++i) {
            QVERIFY(audit.append(
                {0, now.addSecs(i), actors[i % actors.size()],
                 i % 5 == 0 ? std::nullopt : std::optional<qint64>(i % 4),
                 actions[i % actions.size()], QStringLiteral("apikey:%1").arg(i % 6),
                 QStringLiteral("10.0.0.%1").arg(i % 7), QStringLiteral("detail %1").arg(i % 9)}));
        }
        const auto readAll = [&](const AuditSort &sort) {
            QList<AuditEvent> events;
            std::optional<PageKey> after;
            for (int pages = 0; pages < 20; ++pages) {
                const auto page = audit.list(std::nullopt, PageRequest(1, 10, after), {}, sort);
                if (!page || page->items.isEmpty())
                    break;
                events += page->items;
                after = page->last;
            }
            return events;
        };
        using By = AuditSort::By;
        const QList<std::pair<By, std::function<QVariant(const AuditEvent &)>>> columns{
            {By::Time, [](const AuditEvent &e) { return QVariant(e.id); }},
            {By::Actor, [](const AuditEvent &e) { return QVariant(e.actor); }},
            {By::Tenant, [](const AuditEvent &e) { return QVariant(e.tenantId.value_or(0)); }},
            {By::Action, [](const AuditEvent &e) { return QVariant(e.action); }},
            {By::Target, [](const AuditEvent &e) { return QVariant(e.target); }},
            {By::Source, [](const AuditEvent &e) { return QVariant(e.sourceIp); }},
            {By::Detail, [](const AuditEvent &e) { return QVariant(e.detail); }}};
        for (const auto &[by, value] : columns) {
            for (const bool descending : {false, true}) {
                const QList<AuditEvent> events = readAll({by, descending});
                QCOMPARE(events.size(), 47);
                QSet<qint64> ids;
                for (qsizetype i = 0; i < events.size(); ++i) {
                    ids.insert(events[i].id);
                    if (i == 0)
                        continue;
                    // In the column's order, ties by id, the whole way.
                    const QVariant before = value(events[i - 1]);
                    const QVariant here = value(events[i]);
                    const auto order = QVariant::compare(before, here);
                    const bool inOrder =
                        descending ? (order > 0 || (order == 0 && events[i - 1].id > events[i].id))
                                   : (order < 0 || (order == 0 && events[i - 1].id < events[i].id));
                    QVERIFY2(
                        inOrder,
                        qPrintable(
                            QStringLiteral("%1 then %2").arg(before.toString(), here.toString())));
                }
                QCOMPARE(ids.size(), 47);
            }
        }
        // Unsorted, newest first.
        QCOMPARE(readAll({}).first().occurredAt, now.addSecs(46));
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "TestAuditRepository.moc"
