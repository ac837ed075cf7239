// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "AboutDialog.h"

#include "ThemeIcon.h"
#include "ui_AboutDialog.h"

#include <QApplication>
#include <QPushButton>
#include <QSysInfo>

namespace keyward {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    setObjectName(QStringLiteral("AboutDialog"));
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(ThemeIcon::application().pixmap(64, 64));
    QFont title = m_ui->nameLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_ui->nameLabel->setFont(title);
    m_ui->nameLabel->setText(QStringLiteral("Keyward %1").arg(QStringLiteral(KEYWARD_VERSION)));
    m_ui->descriptionLabel->setText(
        tr("Multi-tenant API keys and the JWTs exchanged for them. This console and "
           "the HTTP API it embeds work on the same keys, users and audit trail."));
    m_ui->detailsLabel->setText(tr("Licensed under the Apache License, Version 2.0.\n"
                                   "Qt %1 (built with %2) on %3")
                                    .arg(QString::fromLatin1(qVersion()),
                                         QStringLiteral(QT_VERSION_STR),
                                         QSysInfo::prettyProductName()));
    QPushButton *aboutQt = m_ui->buttonBox->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace keyward
