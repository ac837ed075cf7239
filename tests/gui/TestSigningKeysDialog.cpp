// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The Signing Keys dialog, driven as an operator would: Rotate Now (the key
// is generated off the GUI thread), Retire Old Keys, and the second question
// when the v1 API keys would stop working.
#include "GuiTestSettings.h"
#include "SigningKeysDialog.h"
#include "TestServices.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace keyward;

namespace {

enum class Answer { Go, Cancel };

// Answers the next message box the dialog asks, by its destructive button or
// by Cancel; returns the box's text through `asked`.
void answerNextQuestion(QObject *context, Answer answer, QString *asked = nullptr)
{
    QTimer::singleShot(0, context, [answer, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (asked)
            *asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            const bool destructive = box->buttonRole(button) == QMessageBox::DestructiveRole;
            if (destructive == (answer == Answer::Go)) {
                button->click();
                return;
            }
        }
    });
}

QStringList statuses(const QTableWidget *table)
{
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << table->item(row, 2)->text();
    return shown;
}

} // namespace

class TestSigningKeysDialog : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<GuiTestSettings> m_settings;
    std::unique_ptr<TestServices> m_test;

    void rotateThroughTheDialog(SigningKeysDialog &dialog)
    {
        answerNextQuestion(this, Answer::Go);
        QTest::mouseClick(dialog.rotateButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isRotating());
        QTRY_VERIFY(dialog.rotateButton()->isEnabled());
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<GuiTestSettings>();
        m_test = std::make_unique<TestServices>(JwtAlgorithm::RS256);
    }
    void cleanup()
    {
        m_test.reset();
        m_settings.reset();
    }

    void rotateAndRetire()
    {
        SigningKeysDialog dialog(m_test->services(), TestServices::operatorActor());
        dialog.show();
        QCOMPARE(statuses(dialog.table()), QStringList{QStringLiteral("Signing")});
        QVERIFY(!dialog.retireButton()->isEnabled());
        const QString firstKid = dialog.table()->item(0, 0)->text();

        // Cancelling changes nothing.
        answerNextQuestion(this, Answer::Cancel);
        QTest::mouseClick(dialog.rotateButton(), Qt::LeftButton);
        QCOMPARE(dialog.table()->rowCount(), 1);

        rotateThroughTheDialog(dialog);
        QCOMPARE(statuses(dialog.table()),
                 (QStringList{QStringLiteral("Signing"), QStringLiteral("Verifying only")}));
        QCOMPARE(dialog.table()->item(1, 0)->text(), firstKid);
        QCOMPARE(m_test->services().signingKeyRing.snapshot()->kids.first(),
                 dialog.table()->item(0, 0)->text());
        QVERIFY(dialog.retireButton()->isEnabled());

        answerNextQuestion(this, Answer::Go);
        QTest::mouseClick(dialog.retireButton(), Qt::LeftButton);
        QCOMPARE(statuses(dialog.table()),
                 (QStringList{QStringLiteral("Signing"), QStringLiteral("Retired")}));
        QVERIFY(!dialog.retireButton()->isEnabled());
        QCOMPARE(m_test->services().signingKeyRing.snapshot()->kids.size(), 1);
        // The retired key is greyed like an inactive row elsewhere; the
        // signing one is not.
        const QColor muted = dialog.table()->palette().color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(dialog.table()->item(1, 2)->foreground().color(), muted);
        QVERIFY(dialog.table()->item(0, 2)->foreground().style() == Qt::NoBrush);
    }

    // Styled as the console's other lists.
    void looksLikeTheOtherLists()
    {
        SigningKeysDialog dialog(m_test->services(), TestServices::operatorActor());
        QVERIFY(!dialog.table()->showGrid());
        QVERIFY(dialog.table()->alternatingRowColors());
        QCOMPARE(dialog.table()->selectionMode(), QAbstractItemView::SingleSelection);
        QCOMPARE(dialog.table()->horizontalHeader()->defaultAlignment(),
                 Qt::AlignLeft | Qt::AlignVCenter);
        QVERIFY(dialog.table()->verticalHeader()->isHidden());
    }

    // The store's algorithm is chosen to begin with; another one moves the
    // store, after a question that names both.
    void rotatingToAnotherAlgorithm()
    {
        SigningKeysDialog dialog(m_test->services(), TestServices::operatorActor());
        dialog.show();
        QCOMPARE(dialog.algorithmChoice()->currentText(), QStringLiteral("RS256"));
        dialog.algorithmChoice()->setCurrentText(QStringLiteral("ES256"));
        QString asked;
        answerNextQuestion(this, Answer::Go, &asked);
        QTest::mouseClick(dialog.rotateButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isRotating());
        QTRY_VERIFY(dialog.rotateButton()->isEnabled());
        QCOMPARE(asked, QStringLiteral("Move from RS256 to ES256?"));
        QCOMPARE(m_test->services().signingKeyRing.algorithm(), JwtAlgorithm::ES256);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("ES256"));
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("RS256"));
        QCOMPARE(statuses(dialog.table()),
                 (QStringList{QStringLiteral("Signing"), QStringLiteral("Verifying only")}));
    }

    void retiringAsksAgainWhenV1KeysDependOnTheOldKey()
    {
        NewKey request;
        request.kind = ApiKeyKind::Jwt;
        request.name = QStringLiteral("v1 key");
        request.permissions = {QStringLiteral("read")};
        m_test->createKey(1, request);
        m_test->clock().advance(1);
        SigningKeysDialog dialog(m_test->services(), TestServices::operatorActor());
        dialog.show();
        rotateThroughTheDialog(dialog);

        // Retire, then decline the second question: nothing is retired.
        QString second;
        answerNextQuestion(this, Answer::Go);
        QTimer::singleShot(50, this,
                           [this, &second] { answerNextQuestion(this, Answer::Cancel, &second); });
        QTest::mouseClick(dialog.retireButton(), Qt::LeftButton);
        QCOMPARE(second, QStringLiteral("Some v1 API keys stop working"));
        QCOMPARE(statuses(dialog.table()),
                 (QStringList{QStringLiteral("Signing"), QStringLiteral("Verifying only")}));

        // Retire Anyway.
        answerNextQuestion(this, Answer::Go);
        QTimer::singleShot(50, this, [this] { answerNextQuestion(this, Answer::Go); });
        QTest::mouseClick(dialog.retireButton(), Qt::LeftButton);
        QCOMPARE(statuses(dialog.table()),
                 (QStringList{QStringLiteral("Signing"), QStringLiteral("Retired")}));
    }
};

QTEST_MAIN(TestSigningKeysDialog)
#include "TestSigningKeysDialog.moc"
