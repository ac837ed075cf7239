// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Tools ▸ Scan for Leaked Keys…, driven as an operator would: scan a folder
// with a live and a disabled key planted, see both with where they are,
// revoke the live one, and find it disabled with the audit event naming
// the file; with git history included, a key only the history still holds.
#include "GitRepository.h"
#include "GuiTestSettings.h"
#include "LeakScanDialog.h"
#include "TestServices.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward;

class TestLeakScanDialog : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<GuiTestSettings> m_settings;
    std::unique_ptr<TestServices> m_test;

    IssuedKey secretKey(const QString &name)
    {
        NewKey request;
        request.name = name;
        request.permissions = {QStringLiteral("read")};
        return m_test->createKey(1, request);
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<GuiTestSettings>();
        m_test = std::make_unique<TestServices>();
    }
    void cleanup()
    {
        m_test.reset();
        m_settings.reset();
    }

    void scanAndRevoke()
    {
        const IssuedKey live = secretKey(QStringLiteral("live"));
        const IssuedKey disabled = secretKey(QStringLiteral("off"));
        KeyChanges off;
        off.status = KeyStatus::Disabled;
        QVERIFY(
            m_test->services().keys.update(TestServices::operatorActor(), disabled.key.id, off));
        QTemporaryDir tree;
        QFile file(tree.filePath(QStringLiteral("app.env")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("A=" + live.secret + "\nB=" + disabled.secret + "\n");
        file.close();

        LeakScanDialog dialog(m_test->services(), TestServices::operatorActor());
        dialog.show();
        QVERIFY(!dialog.revokeButton()->isEnabled());
        dialog.pathEdit()->setText(tree.path());
        QTest::mouseClick(dialog.scanButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isScanning());
        QTRY_COMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(0, 0)->text(), file.fileName() + QStringLiteral(":1:3"));
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("live"));
        QCOMPARE(dialog.table()->item(1, 4)->text(), QStringLiteral("disabled"));
        QVERIFY(!dialog.table()->item(0, 1)->text().contains(QString::fromLatin1(live.secret)));
        QVERIFY(dialog.revokeButton()->isEnabled());

        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QTest::mouseClick(dialog.revokeButton(), Qt::LeftButton);
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("disabled"));
        QVERIFY(!dialog.revokeButton()->isEnabled());
        const auto row = m_test->services().keys.get(TestServices::operatorActor(), live.key.id);
        QVERIFY(row);
        QCOMPARE(row->status, KeyStatus::Disabled);
        const auto events = m_test->services().audit.list(1, {1, 5});
        QVERIFY(events);
        QCOMPARE(events->items.first().action, QStringLiteral("apikey.leak"));
        QCOMPARE(events->items.first().detail,
                 QStringLiteral("found in %1:1").arg(file.fileName()));
    }

    void historyFindsKeysTheFilesNoLongerHold()
    {
        const IssuedKey committed = secretKey(QStringLiteral("committed"));
        GitRepository repository;
        const QString added =
            repository.commit(QStringLiteral("config.ini"), "key = " + committed.secret + "\n",
                              QStringLiteral("add key"));
        repository.commit(QStringLiteral("config.ini"), "key = ${KEY}\n",
                          QStringLiteral("remove key"));

        LeakScanDialog dialog(m_test->services(), TestServices::operatorActor());
        dialog.show();
        dialog.pathEdit()->setText(repository.path());
        QTest::mouseClick(dialog.scanButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isScanning());
        QCOMPARE(dialog.table()->rowCount(), 0);

        dialog.historyBox()->setChecked(true);
        QTest::mouseClick(dialog.scanButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isScanning());
        QTRY_COMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(),
                 QStringLiteral("commit %1 config.ini:1:7").arg(added));
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("live"));
        QVERIFY(dialog.revokeButton()->isEnabled());
    }
};

QTEST_MAIN(TestLeakScanDialog)
#include "TestLeakScanDialog.moc"
