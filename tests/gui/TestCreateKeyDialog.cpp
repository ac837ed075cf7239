// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CreateKeyDialog.h"
#include "GuiTestSettings.h"
#include "ManualClock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace keyward;

class TestCreateKeyDialog : public QObject {
    Q_OBJECT
private:
    GuiTestSettings m_settings;
    ManualClock m_clock;
    std::unique_ptr<CreateKeyDialog> m_dialog;

    template <typename T> T *field(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s in the dialog", name);
        return found;
    }
    QPushButton *okButton() const
    {
        return field<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    void selectAllAndType(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private slots:
    void init()
    {
        m_dialog = std::make_unique<CreateKeyDialog>(m_clock);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() { m_dialog.reset(); }

    void startsQuietButIncomplete()
    {
        QVERIFY(!field<QLabel>("labelError")->isVisible());
        QVERIFY(!okButton()->isEnabled());
        QVERIFY(!m_dialog->isComplete());
    }

    void blankLabelShowsAnInlineError()
    {
        auto *label = field<QLineEdit>("labelEdit");
        QTest::keyClicks(label, QStringLiteral("   "));
        QVERIFY(field<QLabel>("labelError")->isVisible());
        QCOMPARE(field<QLabel>("labelError")->text(), QStringLiteral("A label is required."));
        QVERIFY(!okButton()->isEnabled());

        // Enter does not get past it either.
        QSignalSpy submitted(m_dialog.get(), &CreateKeyDialog::submitted);
        QTest::keyClick(label, Qt::Key_Return);
        m_dialog->accept();
        QCOMPARE(submitted.count(), 0);
        QVERIFY(m_dialog->isVisible());

        selectAllAndType(label, QStringLiteral("billing"));
        QVERIFY(!field<QLabel>("labelError")->isVisible());
        QVERIFY(okButton()->isEnabled());
        QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(label, Qt::Key_Backspace);
        QVERIFY(field<QLabel>("labelError")->isVisible());
        QVERIFY(!okButton()->isEnabled());
    }

    void badNetworksShowAnInlineError_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("culprit");
        QTest::newRow("prefix too long")
            << QStringLiteral("10.0.0.0/33") << QStringLiteral("10.0.0.0/33");
        QTest::newRow("octet too big")
            << QStringLiteral("10.0.0.1, 10.0.0.300") << QStringLiteral("10.0.0.300");
        QTest::newRow("a word") << QStringLiteral("office") << QStringLiteral("office");
        QTest::newRow("bad v6") << QStringLiteral("2001:db8::/129")
                                << QStringLiteral("2001:db8::/129");
    }
    void badNetworksShowAnInlineError()
    {
        QFETCH(QString, typed);
        QFETCH(QString, culprit);
        QTest::keyClicks(field<QLineEdit>("labelEdit"), QStringLiteral("billing"));
        QVERIFY(okButton()->isEnabled());
        auto *networks = field<QLineEdit>("networksEdit");
        QTest::keyClicks(networks, typed);
        auto *error = field<QLabel>("networksError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(culprit), qPrintable(error->text()));
        QVERIFY(!okButton()->isEnabled());

        selectAllAndType(networks, QStringLiteral("10.0.0.0/8, 192.168.1.7 ,2001:db8::/32"));
        QVERIFY(!error->isVisible());
        QVERIFY(okButton()->isEnabled());
    }

    void badPermissionNameIsCaught()
    {
        QTest::keyClicks(field<QLineEdit>("labelEdit"), QStringLiteral("billing"));
        QTest::keyClicks(field<QLineEdit>("extraPermissionsEdit"), QStringLiteral("Admin!"));
        QVERIFY(field<QLabel>("permissionsError")->isVisible());
        QVERIFY(!okButton()->isEnabled());
    }

    void customExpiryMustBeInTheFuture()
    {
        QTest::keyClicks(field<QLineEdit>("labelEdit"), QStringLiteral("billing"));
        m_dialog->setLifetime(CreateKeyDialog::Lifetime::Custom);
        auto *expiry = field<QDateTimeEdit>("customExpiryEdit");
        QVERIFY(expiry->isVisible());
        QVERIFY(okButton()->isEnabled());
        m_clock.advance(400 * 86400); // the chosen date is past now
        expiry->setDateTime(expiry->dateTime().addSecs(60));
        QVERIFY(field<QLabel>("lifetimeError")->isVisible());
        QVERIFY(!okButton()->isEnabled());
    }

    void customExpiryStopsAtTheLongestLifetime()
    {
        m_dialog->setLifetime(CreateKeyDialog::Lifetime::Custom);
        auto *expiry = field<QDateTimeEdit>("customExpiryEdit");
        expiry->setDateTime(QDateTime(QDate(9999, 12, 31), QTime(0, 0)));
        const QDateTime latest = m_clock.now().addSecs(maxKeyLifetimeSeconds);
        QVERIFY(expiry->dateTime().toUTC() <= latest);
        QVERIFY(expiry->dateTime().toUTC() > latest.addDays(-1));
    }

    void requestReflectsTheForm()
    {
        QTest::keyClicks(field<QLineEdit>("labelEdit"), QStringLiteral("  ci deploy  "));
        QTest::keyClicks(field<QLineEdit>("networksEdit"), QStringLiteral("10.0.0.0/8"));
        QTest::keyClicks(field<QLineEdit>("extraPermissionsEdit"), QStringLiteral("deploy, read"));
        m_dialog->setLifetime(CreateKeyDialog::Lifetime::OneDay);
        const NewKey key = m_dialog->request();
        QCOMPARE(key.name, QStringLiteral("ci deploy"));
        QCOMPARE(key.kind, ApiKeyKind::Secret);
        QCOMPARE(key.lifetimeSeconds, std::optional<qint64>(86400));
        QVERIFY(!key.expiresAt.isValid());
        QCOMPARE(key.permissions,
                 (QStringList{QStringLiteral("read"), QStringLiteral("token:generate"),
                              QStringLiteral("deploy")}));
        QCOMPARE(key.allowedNetworks, QStringLiteral("10.0.0.0/8"));
        QVERIFY(!key.rateLimitPerMinute);

        m_dialog->setLifetime(CreateKeyDialog::Lifetime::Never);
        QVERIFY(!m_dialog->request().lifetimeSeconds);
    }

    void tenantKeysNeverExpire()
    {
        auto *kind = field<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(int(ApiKeyKind::Tenant)));
        QVERIFY(!field<QComboBox>("lifetimeCombo")->isEnabled());
        QVERIFY(!m_dialog->request().lifetimeSeconds);
        QVERIFY(m_dialog->request().permissions.isEmpty());
    }

    void domainRefusalsLandNextToTheirField()
    {
        m_dialog->showError(
            DomainError::invalid(QStringLiteral("allowedIp"), "not an IP address: x"));
        QVERIFY(field<QLabel>("networksError")->isVisible());
        m_dialog->showError(DomainError::conflict("Tenant 2 already has one"));
        QVERIFY(field<QLabel>("formError")->isVisible());
    }
};

QTEST_MAIN(TestCreateKeyDialog)
#include "TestCreateKeyDialog.moc"
