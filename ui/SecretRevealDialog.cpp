// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "SecretRevealDialog.h"

#include "ClipboardGuard.h"
#include "SecretFieldGuard.h"
#include "ThemeIcon.h"
#include "ui_SecretRevealDialog.h"

#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>

namespace keyward {

SecretRevealDialog::SecretRevealDialog(const QString &keyLabel, const QByteArray &secret,
                                       ClipboardGuard &clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretRevealDialog>())
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("SecretRevealDialog"));
    m_ui->setupUi(this);
    m_fieldGuard = new SecretFieldGuard(*m_ui->secretEdit, m_clipboard);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(ThemeIcon::get(QStringLiteral("dialog-warning"),
                                              QStringLiteral("warning"),
                                              QStyle::SP_MessageBoxWarning)
                                   .pixmap(iconSize, iconSize));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setText(tr("Copy the key for “%1” now").arg(keyLabel));
    m_ui->warningLabel->setText(
        tr("This is the only time Keyward shows this key. It keeps only a digest "
           "of it and cannot show it again: store it in your secret manager before "
           "you close this window. If it is lost, rotate the key."));

    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 78);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->secretEdit->setFont(fixed);
    m_ui->secretEdit->setText(QString::fromLatin1(secret));
    m_ui->secretEdit->setCursorPosition(0);
    m_ui->secretEdit->setMinimumWidth(
        QFontMetrics(fixed).horizontalAdvance(QString(qMin(secret.size(), 64), QLatin1Char('x'))) +
        24);

    m_ui->copyButton->setIcon(ThemeIcon::get(QStringLiteral("edit-copy"), QStringLiteral("copy"),
                                             QStyle::SP_FileLinkIcon));
    m_ui->copyButton->setDefault(true);
    m_ui->clipboardLabel->setText(
        m_clipboard.clearSeconds() > 0
            ? tr("Copied keys are removed from the clipboard after %1 seconds.")
                  .arg(m_clipboard.clearSeconds())
            : QString());
    m_ui->clipboardLabel->setVisible(m_clipboard.clearSeconds() > 0);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setText(tr("I Have Stored It"));
    close->setAutoDefault(false);

    connect(m_fieldGuard, &SecretFieldGuard::copied, this, [this] {
        m_copied = true;
        m_ui->copyButton->setText(tr("&Copied"));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SecretRevealDialog::copySecret);
    connect(close, &QPushButton::clicked, this, [this] {
        m_stored = true;
        QDialog::reject();
    });
    m_ui->secretEdit->selectAll();
    m_ui->secretEdit->setFocus();
}

SecretRevealDialog::~SecretRevealDialog() = default;

QString SecretRevealDialog::secret() const
{
    return m_ui->secretEdit->text();
}

void SecretRevealDialog::copySecret()
{
    m_fieldGuard->copy();
}

void SecretRevealDialog::reject()
{
    if (!m_copied && !m_stored && isVisible()) {
        QMessageBox question(QMessageBox::Warning, tr("Close Without Copying?"),
                             tr("The key was not copied. Keyward cannot show it "
                                "again: once this window is closed, the only way to "
                                "a working key is to rotate it."),
                             QMessageBox::NoButton, this);
        question.setObjectName(QStringLiteral("closeWithoutCopying"));
        QPushButton *discard =
            question.addButton(tr("&Close Without Copying"), QMessageBox::DestructiveRole);
        QPushButton *keep = question.addButton(tr("&Keep Open"), QMessageBox::RejectRole);
        question.setDefaultButton(keep);
        question.setEscapeButton(keep);
        question.exec();
        if (question.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void SecretRevealDialog::done(int result)
{
    m_ui->secretEdit->clear();
    QDialog::done(result);
}

} // namespace keyward
