// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The reveal dialog as an operator meets it: every way of copying the secret
// goes through the ClipboardGuard (so it is marked and cleared later), and
// closing it before the secret was copied asks first.
#include "ClipboardGuard.h"
#include "GuiTestSettings.h"
#include "SecretRevealDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace keyward;

namespace {

const QByteArray secret = QByteArrayLiteral("sk_TestOnlyNotARealKey000000000000000000AbC123");

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace

class TestSecretRevealDialog : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<GuiTestSettings> m_settings;
    std::unique_ptr<ClipboardGuard> m_guard;
    std::unique_ptr<SecretRevealDialog> m_dialog;

    QLineEdit *field() const
    {
        return m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    }

    // Answers the question the next reject() asks with the button so named,
    // and returns whether it was asked.
    bool answerCloseQuestion(const QString &button)
    {
        std::optional<bool> asked;
        QTimer::singleShot(0, this, [&] {
            auto *question =
                m_dialog->findChild<QMessageBox *>(QStringLiteral("closeWithoutCopying"));
            asked = question != nullptr;
            if (!question)
                return;
            for (QAbstractButton *candidate : question->buttons()) {
                if (candidate->text() == button)
                    candidate->click();
            }
        });
        m_dialog->reject();
        if (!QTest::qWaitFor([&] { return asked.has_value(); }, 5000))
            qWarning("the close question was not looked for");
        return asked.value_or(false);
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<GuiTestSettings>();
        QGuiApplication::clipboard()->clear();
        m_guard = std::make_unique<ClipboardGuard>();
        m_dialog = std::make_unique<SecretRevealDialog>(QStringLiteral("ingest"), secret, *m_guard);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_guard.reset();
        m_settings.reset();
    }

    void theCopyKeyGoesThroughTheGuard()
    {
        m_guard->setClearSeconds(1);
        field()->setSelection(3, 5); // a part selected: the whole key is what is useful
        QTest::keySequence(field(), QKeySequence::Copy);
        QCOMPARE(clipboardText(), QString::fromLatin1(secret));
        QVERIFY(m_guard->holdsSecret());
        QTRY_VERIFY_WITH_TIMEOUT(clipboardText().isEmpty(), 5000); // cleared, as the button's copy
    }

    void theContextMenuOffersOnlyTheGuardedCopy()
    {
        const QPoint inside = field()->rect().center();
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    offered << action->text();
            }
            menu->actions().first()->trigger();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, inside, field()->mapToGlobal(inside));
        QApplication::sendEvent(field(), &event);
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), 5000);
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("&Copy Key"), QStringLiteral("Select &All")}));
        QCOMPARE(clipboardText(), QString::fromLatin1(secret));
        QVERIFY(m_guard->holdsSecret());
        QVERIFY(!field()->dragEnabled());
    }

    void closingBeforeCopyingAsksFirst()
    {
        QVERIFY(answerCloseQuestion(QStringLiteral("&Keep Open")));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->secret(), QString::fromLatin1(secret));

        QVERIFY(answerCloseQuestion(QStringLiteral("&Close Without Copying")));
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(m_dialog->secret().isEmpty()); // wiped
    }

    void escapeAsksToo()
    {
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *question =
                m_dialog->findChild<QMessageBox *>(QStringLiteral("closeWithoutCopying"));
            asked = question != nullptr;
            if (question)
                QTest::keyClick(question, Qt::Key_Escape); // Escape there keeps it open
        });
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(asked);
        QVERIFY(m_dialog->isVisible());
    }

    void onceCopiedItClosesWithoutAsking()
    {
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("copyButton")),
                          Qt::LeftButton);
        QVERIFY(!answerCloseQuestion(QString()));
        QVERIFY(!m_dialog->isVisible());
    }

    void iHaveStoredItClosesWithoutAsking()
    {
        QTest::mouseClick(m_dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                              ->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(clipboardText().isEmpty()); // nothing was copied
    }
};

QTEST_MAIN(TestSecretRevealDialog)
#include "TestSecretRevealDialog.moc"
