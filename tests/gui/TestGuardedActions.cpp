// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ConsoleFixture.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "RoleDialog.h"
#include "SecretRevealDialog.h"
#include "TenantsPane.h"
#include "UsersPane.h"
#include "itemmodels/KeyTableModel.h"
#include "store/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace keyward;

// Issue 15's "guarded, precise actions" as an operator meets them in the
// main window: what the confirmations say, what a key's status reads, and
// what the console lets one do with it.
class TestGuardedActions : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleFixture> m_console;

    // What the next modal question said, and whether one came at all.
    struct Question {
        bool asked = false;
        QString text;
        QString informative;
    };

    TestServices &test() const { return m_console->test(); }
    MainWindow *window() const { return m_console->window(); }
    const Tenant &tenant() const { return m_console->tenant(); }
    KeysPane *keys() const { return window()->keysPane(); }
    KeyActions &actions() const { return keys()->actions(); }
    UsersPane *users() const { return window()->usersPane(); }
    QString statusMessage() const { return window()->statusBar()->currentMessage(); }

    // Answers the message box the next action opens by clicking the button
    // with `role`, remembering what it asked.
    void answerNextBox(Question &question, QMessageBox::ButtonRole role)
    {
        QTimer::singleShot(0, this, [&question, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = {true, box->text(), box->informativeText()};
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role)
                    return button->click();
            }
        });
    }
    ApiKey createKey(const QString &label, std::optional<qint64> lifetimeSeconds = std::nullopt)
    {
        NewKey request;
        request.name = label;
        request.permissions = {QStringLiteral("token:generate")};
        request.lifetimeSeconds = lifetimeSeconds;
        const ApiKey key = test().createKey(tenant().id, request).key;
        keys()->refresh();
        return key;
    }
    QModelIndex statusOf(qint64 keyId) const
    {
        return keys()->model().index(keys()->model().rowOf(keyId), KeyTableModel::StatusColumn);
    }
    std::optional<ApiKey> stored(qint64 keyId) const
    {
        auto key = test().services().keys.get(TestServices::operatorActor(), keyId);
        return key ? std::optional<ApiKey>(*key) : std::nullopt;
    }
    static QString named(const ApiKey &key)
    {
        return QStringLiteral("“%1” (%2…, id %3)").arg(key.name, key.displayPrefix).arg(key.id);
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->open());
    }
    void cleanup() { m_console.reset(); }

    void rotatedKeysAreToldApart()
    {
        const ApiKey old = createKey(QStringLiteral("ingest-2"));
        QVERIFY(keys()->selectKey(old.id));
        QString asked;
        QString button;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked = dialog->labelText();
            button = dialog->okButtonText();
            dialog->accept(); // the default: 1 hour of grace
        });
        actions().rotateAction()->trigger();
        QVERIFY2(asked.contains(QStringLiteral("Rotating the key ") + named(old)),
                 qPrintable(asked));
        QCOMPARE(button, QStringLiteral("&Rotate"));
        auto *reveal = keys()->findChild<SecretRevealDialog *>();
        QVERIFY(reveal);
        QTest::mouseClick(reveal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Close),
                          Qt::LeftButton);

        // The store keeps the lineage both ways; the old row says so.
        const qint64 successor = keys()->currentKey()->id;
        QCOMPARE(stored(successor)->rotatedFromId, std::optional<qint64>(old.id));
        QCOMPARE(stored(old.id)->supersededById, std::optional<qint64>(successor));
        const QString status = statusOf(old.id).data().toString();
        QVERIFY2(status.startsWith(QStringLiteral("Superseded — grace until ")),
                 qPrintable(status));
        QVERIFY(statusOf(old.id)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Replaced by key %1").arg(successor)));
        QCOMPARE(statusOf(successor).data().toString(), QStringLiteral("Active"));

        // Two rows labelled "ingest-2": the confirmation says which.
        QVERIFY(keys()->selectKey(old.id));
        QVERIFY(actions().copyTokenAction()->isEnabled()); // within its grace period
        Question question;
        answerNextBox(question, QMessageBox::RejectRole);
        actions().deleteAction()->trigger();
        QVERIFY(question.asked);
        QCOMPARE(question.text, QStringLiteral("Delete the key %1?").arg(named(*stored(old.id))));
        QVERIFY(stored(old.id)); // cancelled: nothing changed

        // Once the grace period is over it reads as what it is.
        test().clock().advance(3601);
        keys()->model().refreshTimes();
        QCOMPARE(statusOf(old.id).data().toString(), QStringLiteral("Expired"));
        QVERIFY(!actions().copyTokenAction()->isEnabled());
    }

    void theTenantKeySaysWhatItBreaks()
    {
        const ApiKey tenantKey = *keys()->model().keyAt(0);
        QCOMPARE(tenantKey.kind, ApiKeyKind::Tenant);
        QVERIFY(keys()->selectKey(tenantKey.id));
        const QString stakes = QStringLiteral("This is the tenant key of “Acme”: the tenant's "
                                              "clients discover it (GET /api/ApiKey/%1/apikey) "
                                              "and log in with it.")
                                   .arg(tenant().id);

        Question question;
        answerNextBox(question, QMessageBox::RejectRole);
        actions().toggleAction()->trigger();
        QVERIFY(question.asked);
        QCOMPARE(question.text, QStringLiteral("Disable the tenant key %1?").arg(named(tenantKey)));
        QCOMPARE(question.informative,
                 stakes + QStringLiteral(" Both fail until it is enabled again."));
        QCOMPARE(stored(tenantKey.id)->status, KeyStatus::Active);

        question = {};
        answerNextBox(question, QMessageBox::RejectRole);
        actions().deleteAction()->trigger();
        QVERIFY(question.asked);
        QCOMPARE(question.informative,
                 stakes + QStringLiteral(" Both fail until a new tenant key is created. A "
                                         "deleted key cannot be restored."));
        QVERIFY(stored(tenantKey.id));

        question = {};
        answerNextBox(question, QMessageBox::DestructiveRole);
        actions().toggleAction()->trigger();
        QVERIFY(question.asked);
        QCOMPARE(stored(tenantKey.id)->status, KeyStatus::Disabled);
        QCOMPARE(statusOf(tenantKey.id).data().toString(), QStringLiteral("Disabled"));
        QVERIFY(!actions().copyTokenAction()->isEnabled());
    }

    void anExpiredKeyReadsExpiredAndGivesNoToken()
    {
        const ApiKey key = createKey(QStringLiteral("short"), 60);
        QVERIFY(keys()->selectKey(key.id));
        QCOMPARE(statusOf(key.id).data().toString(), QStringLiteral("Active"));
        QVERIFY(actions().copyTokenAction()->isEnabled());
        test().clock().advance(61);
        keys()->model().refreshTimes(); // what the pane's minute tick does
        QCOMPARE(statusOf(key.id).data().toString(), QStringLiteral("Expired"));
        QVERIFY(!actions().copyTokenAction()->isEnabled());
    }

    void keysOfAnInactiveTenantSaySo()
    {
        const ApiKey key = createKey(QStringLiteral("worker"));
        Question question;
        answerNextBox(question, QMessageBox::DestructiveRole);
        window()->tenantsPane()->toggleActiveAction()->trigger();
        QVERIFY(question.asked);
        QVERIFY(keys()->selectKey(key.id));
        QCOMPARE(statusOf(key.id).data().toString(), QStringLiteral("Tenant inactive"));
        QVERIFY(!actions().copyTokenAction()->isEnabled());

        window()->tenantsPane()->toggleActiveAction()->trigger(); // reactivating does not ask
        QVERIFY(keys()->selectKey(key.id));
        QCOMPARE(statusOf(key.id).data().toString(), QStringLiteral("Active"));
        QVERIFY(actions().copyTokenAction()->isEnabled());
    }

    void deactivatingAUserAsksAndTheLastSuperAdminStays()
    {
        // The first-start administrator is the only SuperAdmin.
        const User root =
            **UserRepository(*test().services().database).findByEmail(TestServices::adminEmail);
        QCOMPARE(root.role, Role::SuperAdmin);
        window()->tenantsPane()->selectTenant(root.tenantId);
        users()->selectUser(root.id);
        QCOMPARE(users()->currentUser()->id, root.id);

        Question question;
        answerNextBox(question, QMessageBox::RejectRole);
        users()->toggleActiveAction()->trigger();
        QVERIFY(question.asked);
        QCOMPARE(question.text, QStringLiteral("Deactivate admin@example.com (SuperAdmin)?"));
        QVERIFY(test().services().users.get(TestServices::operatorActor(), root.id)->isActive);

        // Confirmed, the domain still refuses: nobody could manage tenants.
        question = {};
        answerNextBox(question, QMessageBox::DestructiveRole);
        users()->toggleActiveAction()->trigger();
        QVERIFY(question.asked);
        QVERIFY2(statusMessage().contains(QStringLiteral("last active SuperAdmin")),
                 qPrintable(statusMessage()));
        QVERIFY(test().services().users.get(TestServices::operatorActor(), root.id)->isActive);
        QVERIFY(users()->currentUser()->isActive);
    }

    void demotingAsksPromotingDoesNot()
    {
        const User admin =
            test().createUser(tenant().id, QStringLiteral("ada@acme.example"), Role::Admin);
        users()->refresh();
        users()->selectUser(admin.id);
        // Picks the role in the role dialog, then does `next`.
        const auto chooseRole = [this](Role role, std::function<void()> next) {
            QTimer::singleShot(0, this, [role, next] {
                auto *dialog = qobject_cast<RoleDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                QPushButton *change =
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                QVERIFY(!change->isEnabled()); // the user's own role is no change
                dialog->choose(role);
                QCOMPARE(change->text(), QStringLiteral("&Change Role"));
                QVERIFY(change->isEnabled());
                next();
                change->click();
            });
        };
        Question question;
        chooseRole(Role::User, [&] { answerNextBox(question, QMessageBox::RejectRole); });
        users()->changeRoleAction()->trigger();
        QVERIFY(question.asked);
        QCOMPARE(question.text, QStringLiteral("Demote ada@acme.example from Admin to User?"));
        QCOMPARE(test().services().users.get(TestServices::operatorActor(), admin.id)->role,
                 Role::Admin);

        chooseRole(Role::SuperAdmin, [] {});
        users()->changeRoleAction()->trigger();
        QCOMPARE(test().services().users.get(TestServices::operatorActor(), admin.id)->role,
                 Role::SuperAdmin);
    }
};

QTEST_MAIN(TestGuardedActions)
#include "TestGuardedActions.moc"
