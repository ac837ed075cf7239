// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TenantNameDialog.h"

#include "EmphasisProxyModel.h"
#include "FormMessage.h"
#include "domain/TenantService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward {

namespace {

constexpr int shownCharacters = 40; // wide enough for the title and a long name

} // namespace

TenantNameDialog::TenantNameDialog(const QString &title, const QString &action, const QString &name,
                                   Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_name(new QLineEdit(name, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("TenantNameDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("tenantName"));
    m_name->setMinimumWidth(fontMetrics().averageCharWidth() * shownCharacters);
    m_name->selectAll();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    EmphasisProxyModel::setTextEmphasis(m_error, ItemRoles::Emphasis::Critical);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TenantNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TenantNameDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TenantNameDialog::validate);
    validate();
}

QString TenantNameDialog::name() const
{
    return m_name->text().trimmed();
}

void TenantNameDialog::validate()
{
    const auto problem = TenantService::checkName(m_name->text());
    // A blank name only keeps the button off: nobody needs telling while
    // they have not typed yet.
    showError(problem && !m_name->text().trimmed().isEmpty() ? FormMessage::of(problem->said)
                                                             : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}

void TenantNameDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void TenantNameDialog::accept()
{
    if (TenantService::checkName(m_name->text()))
        return;
    if (const auto refused = m_submit(name())) {
        showError(FormMessage::of(refused->said));
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace keyward
