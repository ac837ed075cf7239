// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "AboutDialog.h"
#include "AuditPane.h"
#include "CreateUserDialog.h"
#include "EmbeddedServer.h"
#include "GuiTestSettings.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "MainWindow.h"
#include "TenantNameDialog.h"
#include "TenantsPane.h"
#include "TestServices.h"
#include "UsersPane.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/KeyTableModel.h"
#include "itemmodels/UserTableModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace keyward;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<GuiTestSettings> m_settings;
    std::unique_ptr<TestServices> m_test;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(m_test->services());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }
    static QAction *menuAction(MainWindow &window, const QString &text)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }
    // Names the tenant `text` in the next tenant form.
    void answerNextInput(const QString &text)
    {
        QTimer::singleShot(0, this, [text] {
            auto *form = qobject_cast<TenantNameDialog *>(QApplication::activeModalWidget());
            if (!form)
                return;
            form->findChild<QLineEdit *>(QStringLiteral("tenantName"))->setText(text);
            form->accept();
        });
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<GuiTestSettings>();
        QSettings().setValue(QStringLiteral("server/autoStart"), false);
        m_test = std::make_unique<TestServices>();
    }
    void cleanup()
    {
        m_test.reset();
        m_settings.reset();
    }

    void remembersTenantGeometryAndTab()
    {
        m_test->createTenant(QStringLiteral("Acme"));
        const Tenant globex = m_test->createTenant(QStringLiteral("Globex"));
        {
            auto window = openWindow();
            QVERIFY(window);
            window->resize(1000, 640);
            window->tenantsPane()->selectTenant(globex.id);
            window->tabs()->setCurrentIndex(1);
            window->close();
        }
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->tenantsPane()->currentTenant()->id, globex.id);
        QCOMPARE(window->size(), QSize(1000, 640));
        QCOMPARE(window->tabs()->currentIndex(), 1);
        // The tenant, then the store open (a SQLite file here).
        const QString file = QFileInfo(m_test->database().url().sqlitePath).fileName();
        QCOMPARE(window->windowTitle(), QStringLiteral("Globex — %1 — Keyward").arg(file));
    }

    void shortcutsFollowDesktopConventions()
    {
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->keysPane()->actions().newKeyAction()->shortcut(),
                 QKeySequence(QKeySequence::New));
        QCOMPARE(window->keysPane()->actions().deleteAction()->shortcut(),
                 QKeySequence(QKeySequence::Delete));
        QAction *refresh = menuAction(*window, QStringLiteral("&Refresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QAction *quit = menuAction(*window, QStringLiteral("&Quit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QAction *find = menuAction(*window, QStringLiteral("&Filter…"));
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QVERIFY(menuAction(*window, QStringLiteral("&About Keyward")));
    }

    void ctrlFFocusesTheFilterAndNewKeyOpensTheDialog()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->keysPane()->view()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window->keysPane()->filterEdit());
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window->keysPane()->findChild<QDialog *>(QStringLiteral("CreateKeyDialog")));
        QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
    }

    void keyActionsWaitForTheKeysTab()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        KeyActions &actions = window->keysPane()->actions();
        window->keysPane()->view()->setCurrentIndex(
            window->keysPane()->view()->model()->index(0, 0));
        QVERIFY(window->keysPane()->currentKey());
        QVERIFY(actions.deleteAction()->isEnabled());

        window->tabs()->setCurrentIndex(1); // Users: Delete there must not delete the key
        for (QAction *action :
             {actions.deleteAction(), actions.toggleAction(), actions.rotateAction(),
              actions.copyTokenAction(), actions.copyIdAction(), actions.usageAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        QVERIFY(actions.newKeyAction()->isEnabled());
        const qint64 keys = window->keysPane()->model().rowCount();
        QTest::keyClick(window.get(), Qt::Key_Delete);
        QCOMPARE(window->keysPane()->model().rowCount(), keys);

        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); // back where keys are
        QCOMPARE(window->tabs()->currentIndex(), 0);
        QTRY_VERIFY(window->keysPane()->findChild<QDialog *>(QStringLiteral("CreateKeyDialog")));
        QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
        QVERIFY(actions.deleteAction()->isEnabled());
    }

    void controlsHaveAccessibleNames()
    {
        auto window = openWindow();
        QVERIFY(window);
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            const bool needsName =
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QSpinBox *>(widget);
            if (!needsName || widget->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QHeaderView *>(widget))
                continue;
            if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QSpinBox *>(widget->parent()))
                continue; // a spin box's own editor
            QVERIFY2(
                !widget->accessibleName().isEmpty(),
                qPrintable(QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        }
    }

    void autoStartsTheServerOnShow()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("server/autoStart"), true);
        settings.setValue(QStringLiteral("server/port"), 0);
        auto window = openWindow();
        QVERIFY(window);
        QTRY_COMPARE(window->server().state(), EmbeddedServer::State::Listening);
        auto *indicator = window->findChild<QToolButton *>();
        Q_UNUSED(indicator);
        QVERIFY(window->server().baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void createTenantRenameAndDeactivate()
    {
        auto window = openWindow();
        QVERIFY(window);
        TenantsPane *tenants = window->tenantsPane();
        answerNextInput(QStringLiteral("Initech"));
        tenants->newTenantAction()->trigger();
        QCOMPARE(tenants->currentTenant()->name, QStringLiteral("Initech"));
        // Born with its tenant key, which the keys pane shows.
        QCOMPARE(window->keysPane()->model().rowCount(), 1);

        answerNextInput(QStringLiteral("Initrode"));
        tenants->renameAction()->trigger();
        QCOMPARE(tenants->currentTenant()->name, QStringLiteral("Initrode"));

        // F2 renames the tenant while the keys have focus too.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->keysPane()->view()->setFocus();
        answerNextInput(QStringLiteral("Initrode Global"));
        QTest::keyClick(window->keysPane()->view(), Qt::Key_F2);
        QCOMPARE(tenants->currentTenant()->name, QStringLiteral("Initrode Global"));

        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        tenants->toggleActiveAction()->trigger();
        QVERIFY(!tenants->currentTenant()->isActive);
        auto stored = m_test->services().tenants.get(TestServices::operatorActor(),
                                                     tenants->currentTenant()->id);
        QVERIFY(stored && !stored->isActive);
    }

    void tenantFormsRefuseBeforeAndKeepTheName()
    {
        auto window = openWindow();
        QVERIFY(window);
        m_test->createTenant(QStringLiteral("Acme"));
        TenantsPane *tenants = window->tenantsPane();
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *form = qobject_cast<TenantNameDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            auto *name = form->findChild<QLineEdit *>(QStringLiteral("tenantName"));
            QPushButton *create =
                form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QCOMPARE(create->text(), QStringLiteral("&Create Tenant"));
            QVERIFY(!create->isEnabled()); // blank
            QTest::keyClicks(name, QStringLiteral("   "));
            QVERIFY(!create->isEnabled());
            name->clear();
            QTest::keyClicks(name, QStringLiteral("acme"));
            QVERIFY(create->isEnabled());
            create->click(); // the store refuses: the form stays, the name with it
            QVERIFY(form->isVisible());
            QCOMPARE(name->text(), QStringLiteral("acme"));
            auto *error = form->findChild<QLabel *>(QStringLiteral("errorLabel"));
            QVERIFY(error->isVisible());
            QVERIFY(error->text().startsWith(QStringLiteral("A tenant named \"acme\" already")));
            name->setText(QString(201, u'x'));
            QCOMPARE(error->text(), QStringLiteral("Name is longer than 200 characters."));
            QVERIFY(!create->isEnabled());
            name->setText(QStringLiteral("Acme Europe"));
            create->click();
            checked = true;
        });
        tenants->newTenantAction()->trigger();
        QVERIFY(checked);
        QCOMPARE(tenants->currentTenant()->name, QStringLiteral("Acme Europe"));
    }

    void theUserFormJudgesTheAddressOnceLeft()
    {
        auto window = openWindow();
        QVERIFY(window);
        CreateUserDialog *dialog = window->usersPane()->newUser();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QPushButton *create = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("bob"));
        QVERIFY(!error->isVisibleTo(dialog)); // still typing
        password->setFocus();
        emit email->editingFinished();
        QVERIFY(error->isVisibleTo(dialog));
        QCOMPARE(error->text(), QStringLiteral("“bob” is not an email address."));
        QTest::keyClicks(password, QStringLiteral("correct horse"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                         QStringLiteral("correct horse"));
        QVERIFY(!create->isEnabled());
        email->setText(QStringLiteral("bob@example.com"));
        QVERIFY(!error->isVisibleTo(dialog));
        QVERIFY(create->isEnabled());
        dialog->reject();
    }

    void createsAUserWithoutFreezing()
    {
        auto window = openWindow();
        QVERIFY(window);
        UsersPane *users = window->usersPane();
        CreateUserDialog *dialog = users->newUser();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("ops@example.com"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("correct horse"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                         QStringLiteral("correct horse"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        // The KDF runs on a worker: the click returns at once.
        QVERIFY(users->isCreating());
        QTRY_VERIFY_WITH_TIMEOUT(!users->isCreating(), 10000);
        QTRY_COMPARE(users->model().rowCount(), 2); // the bootstrap admin and the new user
        QCOMPARE(users->currentUser()->email, QStringLiteral("ops@example.com"));
        QCOMPARE(users->currentUser()->role, Role::User);
        QVERIFY(users->currentUser()->passwordHash.isEmpty()); // never held by the view
    }

    void theAuditSearchRunsInTheStore()
    {
        m_test->createTenant(QStringLiteral("Acme"));
        const Tenant globex = m_test->createTenant(QStringLiteral("Globex"));
        auto window = openWindow();
        QVERIFY(window);
        AuditPane *audit = window->auditPane();
        audit->refresh();
        auto *count = audit->findChild<QLabel *>(QStringLiteral("eventCount"));
        QVERIFY(count);
        QTest::keyClicks(audit->filterEdit(), QStringLiteral("tenant.create GLOBEX"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 event matches"));
        QCOMPARE(audit->model().eventAt(0)->target, QStringLiteral("tenant:%1").arg(globex.id));
        QTest::keyClicks(audit->filterEdit(), QStringLiteral(" nowhere"));
        QTRY_COMPARE(count->text(), QStringLiteral("No match"));
    }

    void aboutNamesTheVersion()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->showAbout();
        auto *about = window->findChild<AboutDialog *>();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("nameLabel"))
                    ->text()
                    .contains(QStringLiteral(KEYWARD_VERSION)));
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("detailsLabel"))
                    ->text()
                    .contains(QStringLiteral("Apache License, Version 2.0")));
        about->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
