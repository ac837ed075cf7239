// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ClipboardGuard.h"
#include "ConsoleFixture.h"
#include "CreateKeyDialog.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "SecretRevealDialog.h"
#include "TenantsPane.h"
#include "itemmodels/KeyTableModel.h"
#include "itemmodels/TenantTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace keyward;

// The keys pane inside the real main window, driven as an operator would:
// typing into the dialogs, clicking their buttons, triggering the actions.
class TestKeysPane : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleFixture> m_console;

    TestServices &test() const { return m_console->test(); }
    MainWindow *window() const { return m_console->window(); }
    const Tenant &tenant() const { return m_console->tenant(); }
    KeysPane *pane() const { return window()->keysPane(); }
    static QString clipboardText() { return QGuiApplication::clipboard()->text(); }

    // What an operator does once the secret is in their secret manager.
    static void storeAndClose(SecretRevealDialog *reveal)
    {
        QTest::mouseClick(reveal->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
    }
    // Creates a key through the dialog and returns the revealed secret.
    QString createThroughDialog(const QString &label, const QString &networks = QString())
    {
        flushClosedDialogs();
        pane()->actions().newKeyAction()->trigger();
        auto *dialog = pane()->findChild<CreateKeyDialog *>();
        if (!dialog)
            return QString();
        auto *labelEdit = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
        QTest::keyClicks(labelEdit, label);
        if (!networks.isEmpty())
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("networksEdit")),
                             networks);
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *reveal = pane()->findChild<SecretRevealDialog *>();
        if (!reveal)
            return QString();
        const QString secret = reveal->secret();
        storeAndClose(reveal);
        flushClosedDialogs();
        return secret;
    }
    // Closed dialogs delete themselves later; finish that, so findChild()
    // sees only the dialog opened next.
    static void flushClosedDialogs()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleFixture>();
        QSettings().setValue(QStringLiteral("clipboard/clearSeconds"), 1);
        QVERIFY(m_console->open());
        QGuiApplication::clipboard()->clear();
    }
    void cleanup() { m_console.reset(); }

    void createKeyThroughTheDialog()
    {
        QCOMPARE(pane()->model().rowCount(), 1); // the tenant key
        pane()->actions().newKeyAction()->trigger();
        auto *dialog = pane()->findChild<CreateKeyDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *labelEdit = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(labelEdit, QStringLiteral("ci deploy"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("networksEdit")),
                         QStringLiteral("10.1.0.0/16"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *reveal = pane()->findChild<SecretRevealDialog *>();
        QVERIFY(reveal);
        QTRY_VERIFY(reveal->isVisible());
        const QString secret = reveal->secret();
        QVERIFY2(secret.startsWith(QStringLiteral("sk_")), qPrintable(secret.left(3)));
        QVERIFY(reveal->findChild<QLabel *>(QStringLiteral("warningLabel"))
                    ->text()
                    .contains(QStringLiteral("only time")));
        // The secret is the live credential.
        const auto check = test().services().keyVerifier.verify(secret.toLatin1(),
                                                                {QStringLiteral("10.1.2.3"), {}});
        QCOMPARE(check.outcome, KeyVerifier::Outcome::Accepted);

        // The new row is there, current, and shows no secret.
        QCOMPARE(pane()->model().rowCount(), 2);
        QCOMPARE(pane()->view()->model()->rowCount(), 2);
        const auto current = pane()->currentKey();
        QVERIFY(current);
        QCOMPARE(current->name, QStringLiteral("ci deploy"));
        QCOMPARE(current->allowedNetworks, QStringLiteral("10.1.0.0/16"));
        const int row = pane()->model().rowOf(current->id);
        QVERIFY(secret.startsWith(
            pane()->model().index(row, KeyTableModel::PrefixColumn).data().toString().chopped(1)));
        QVERIFY(!pane()
                     ->model()
                     .index(row, KeyTableModel::PrefixColumn)
                     .data()
                     .toString()
                     .contains(secret.mid(12)));

        storeAndClose(reveal);
        QTRY_VERIFY(!pane()->findChild<SecretRevealDialog *>());
        QTRY_VERIFY(!pane()->findChild<CreateKeyDialog *>());
    }

    void theDomainsRefusalKeepsTheDialogOpen()
    {
        pane()->actions().newKeyAction()->trigger();
        auto *dialog = pane()->findChild<CreateKeyDialog *>();
        QVERIFY(dialog);
        // A second active tenant key: the form is fine, the domain says no.
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(ApiKeyKind::Tenant)));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")),
                         QStringLiteral("second tenant key"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("formError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("already has an active tenant key")),
                 qPrintable(error->text()));
        QVERIFY(!pane()->findChild<SecretRevealDialog *>());
        QCOMPARE(pane()->model().rowCount(), 1);
        dialog->reject();
    }

    void copyTokenPutsAVerifiableJwtOnTheClipboardAndClearsIt()
    {
        const QString secret = createThroughDialog(QStringLiteral("token maker"));
        QVERIFY(secret.startsWith(QStringLiteral("sk_")));
        const auto key = pane()->currentKey();
        QVERIFY(key);
        QVERIFY(pane()->actions().copyTokenAction()->isEnabled());
        pane()->actions().copyTokenAction()->trigger();

        const QString token = clipboardText();
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        auto claims = test().services().tokens.verify(token.toLatin1());
        QVERIFY(claims);
        QCOMPARE(claims->value(QStringLiteral("sub")).toString(),
                 QStringLiteral("key:%1").arg(key->id));
        QCOMPARE(claims->value(QStringLiteral("tid")).toInteger(), tenant().id);
        QVERIFY(window()->statusBar()->currentMessage().contains(QStringLiteral("copied")));
        // The row counts the use at once, as the store will at the next
        // usage flush, and stays selected.
        QCOMPARE(pane()->currentKey()->id, key->id);
        const int row = pane()->model().rowOf(key->id);
        QCOMPARE(pane()->model().index(row, KeyTableModel::UsesColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(pane()->model().index(row, KeyTableModel::LastUsedColumn).data().toString(),
                 QStringLiteral("just now"));
        // clipboard/clearSeconds is 1 in this test.
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000);
    }

    void noTokenForADisabledKey()
    {
        createThroughDialog(QStringLiteral("soon disabled"));
        pane()->actions().toggleAction()->trigger();
        QCOMPARE(pane()->currentKey()->status, KeyStatus::Disabled);
        QCOMPARE(pane()->actions().toggleAction()->text(), QStringLiteral("&Enable Key"));
        QVERIFY(!pane()->actions().copyTokenAction()->isEnabled());

        // Disabled elsewhere (the HTTP API) while the row still reads Active:
        // the action reads the key again and refuses.
        createThroughDialog(QStringLiteral("disabled elsewhere"));
        KeyChanges changes;
        changes.status = KeyStatus::Disabled;
        QVERIFY(test().services().keys.update(TestServices::operatorActor(),
                                              pane()->currentKey()->id, changes));
        QVERIFY(pane()->actions().copyTokenAction()->isEnabled());
        QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
        pane()->actions().copyTokenAction()->trigger();
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));
        QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("disabled")),
                 qPrintable(window()->statusBar()->currentMessage()));
    }

    void theConsoleExchangesFromLoopback()
    {
        // The console presents 127.0.0.1, as the CLI does: a key bound to
        // other networks gets no token, one that also allows loopback does.
        createThroughDialog(QStringLiteral("office only"), QStringLiteral("10.0.0.0/8"));
        pane()->actions().copyTokenAction()->trigger();
        QVERIFY(clipboardText().isEmpty());
        QVERIFY2(window()->statusBar()->currentMessage().contains(
                     QStringLiteral("allowed networks, not from 127.0.0.1")),
                 qPrintable(window()->statusBar()->currentMessage()));
        createThroughDialog(QStringLiteral("office and here"),
                            QStringLiteral("10.0.0.0/8, 127.0.0.1"));
        pane()->actions().copyTokenAction()->trigger();
        QCOMPARE(clipboardText().count(QLatin1Char('.')), 2);
    }

    void noTokenWithoutTokenGenerate()
    {
        // GET /api/Token/generate-from-apikey refuses such a key; so does the console.
        flushClosedDialogs();
        pane()->actions().newKeyAction()->trigger();
        auto *dialog = pane()->findChild<CreateKeyDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")),
                         QStringLiteral("read only"));
        dialog->findChild<QCheckBox *>(QStringLiteral("tokenCheck"))->setChecked(false);
        dialog->findChild<QCheckBox *>(QStringLiteral("readCheck"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        auto *reveal = pane()->findChild<SecretRevealDialog *>();
        QVERIFY(reveal);
        storeAndClose(reveal);
        flushClosedDialogs();
        QCOMPARE(pane()->currentKey()->permissions, QStringList{QStringLiteral("read")});
        QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
        pane()->actions().copyTokenAction()->trigger();
        QCOMPARE(clipboardText(), QStringLiteral("untouched"));
        QVERIFY2(window()->statusBar()->currentMessage().contains(
                     QStringLiteral("lacks the permission token:generate")),
                 qPrintable(window()->statusBar()->currentMessage()));
    }

    void rotateRevealsANewSecret()
    {
        const QString first = createThroughDialog(QStringLiteral("rotating"));
        const qint64 oldId = pane()->currentKey()->id;
        // Answer the grace question with its default (1 hour).
        QTimer::singleShot(0, this, [] {
            auto *question = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (question)
                question->accept();
        });
        pane()->actions().rotateAction()->trigger();
        auto *reveal = pane()->findChild<SecretRevealDialog *>();
        QVERIFY(reveal);
        const QString second = reveal->secret();
        QVERIFY(second.startsWith(QStringLiteral("sk_")));
        QVERIFY(second != first);
        storeAndClose(reveal);
        const auto replacement = pane()->currentKey();
        QVERIFY(replacement && replacement->id != oldId);
        QCOMPARE(replacement->name, QStringLiteral("rotating"));
        // The old key stays active for its grace hour, then expires.
        const ApiKey *old = pane()->model().keyAt(pane()->model().rowOf(oldId));
        QVERIFY(old);
        QCOMPARE(old->status, KeyStatus::Active);
        QCOMPARE(test().services().clock->now().secsTo(old->expiresAt), 3600);
        QCOMPARE(pane()
                     ->model()
                     .index(pane()->model().rowOf(oldId), KeyTableModel::ExpiresColumn)
                     .data()
                     .toString(),
                 QStringLiteral("in 1 hour"));
    }

    void deletePressedInTheListRevokesTheKey()
    {
        createThroughDialog(QStringLiteral("short lived"));
        const ApiKey doomed = *pane()->currentKey();
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        pane()->view()->setFocus();
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QTest::keyClick(pane()->view(), Qt::Key_Delete);
        QCOMPARE(pane()->model().rowOf(doomed.id), -1);
        QCOMPARE(pane()->model().rowCount(), 1);
        QVERIFY(!test().services().keys.get(TestServices::operatorActor(), doomed.id));
        // Delete typed into the filter field erases text, nothing else.
        pane()->filterEdit()->setText(QStringLiteral("x"));
        pane()->filterEdit()->setFocus();
        pane()->filterEdit()->setCursorPosition(0);
        QTest::keyClick(pane()->filterEdit(), Qt::Key_Delete);
        QCOMPARE(pane()->filterEdit()->text(), QString());
        QCOMPARE(pane()->model().rowCount(), 1);
    }

    void searchFindsKeysNotYetLoaded()
    {
        NewKey request;
        for (int i = 0; i < 250; ++i) {
            request.name = QStringLiteral("bulk %1").arg(i);
            test().createKey(tenant().id, request);
        }
        request.name = QStringLiteral("needle");
        const qint64 needle = test().createKey(tenant().id, request).key.id;
        pane()->refresh(); // (TestKeyTableModel shows the store finds rows not loaded)
        auto *count = pane()->findChild<QLabel *>(QStringLiteral("keyCount"));
        QVERIFY(count);

        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        pane()->filterEdit()->setFocus();
        QTest::keyClicks(pane()->filterEdit(), QStringLiteral("Needle"));
        QTRY_COMPARE(pane()->model().rowCount(), 1);
        QCOMPARE(pane()->model().keyAt(0)->id, needle);
        QCOMPARE(count->text(), QStringLiteral("1 key matches"));
        QTest::keyClicks(pane()->filterEdit(), QStringLiteral(" nowhere"));
        QTRY_COMPARE(count->text(), QStringLiteral("No match"));

        // Escape clears the search and every key is back.
        QTest::keyClick(pane()->filterEdit(), Qt::Key_Escape);
        QCOMPARE(pane()->filterEdit()->text(), QString());
        QTRY_VERIFY2(count->text().startsWith(QStringLiteral("252 keys")),
                     qPrintable(count->text()));
    }

    void sortingReadsTheWholeListAndKeepsTheSelection()
    {
        NewKey request;
        for (int i = 0; i < 250; ++i) {
            request.name = QStringLiteral("bulk %1").arg(i, 3, 10, QLatin1Char('0'));
            test().createKey(tenant().id, request);
        }
        request.name = QStringLiteral("aardvark"); // the newest: last in the natural order
        const qint64 newest = test().createKey(tenant().id, request).key.id;
        pane()->refresh();

        pane()->view()->sortByColumn(KeyTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(pane()->model().keyAt(0)->id, newest);
        QVERIFY(pane()->selectKey(pane()->model().keyAt(3)->id));
        const qint64 selected = pane()->currentKey()->id;
        pane()->refresh(); // F5
        QCOMPARE(pane()->currentKey()->id, selected);

        // Attention cannot be sorted on in the store: the natural order again.
        pane()->view()->sortByColumn(KeyTableModel::AttentionColumn, Qt::AscendingOrder);
        QCOMPARE(pane()->view()->header()->sortIndicatorSection(), -1);
        QCOMPARE(pane()->model().keyAt(0)->kind, ApiKeyKind::Tenant);
        QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("Attention")),
                 qPrintable(window()->statusBar()->currentMessage()));
    }

    void keyCountFollowsInTheTenantList()
    {
        TenantsPane *tenants = window()->tenantsPane();
        const int row = tenants->model().rowOf(tenant().id);
        QCOMPARE(tenants->model().index(row, 1).data().toString(), QStringLiteral("1"));
        createThroughDialog(QStringLiteral("counted"));
        QCOMPARE(tenants->model().index(row, 1).data().toString(), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestKeysPane)
#include "TestKeysPane.moc"
