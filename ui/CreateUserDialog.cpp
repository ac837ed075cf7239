// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "CreateUserDialog.h"

#include "EmphasisProxyModel.h"
#include "FormMessage.h"
#include "ui_CreateUserDialog.h"

#include <QPushButton>

namespace keyward {

CreateUserDialog::CreateUserDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateUserDialog>())
{
    setObjectName(QStringLiteral("CreateUserDialog"));
    m_ui->setupUi(this);
    m_ui->emailEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    for (const Role role : {Role::User, Role::Admin, Role::SuperAdmin})
        m_ui->roleCombo->addItem(roleName(role), int(role));
    m_ui->busyBar->hide();
    m_ui->errorLabel->hide();
    EmphasisProxyModel::setTextEmphasis(m_ui->errorLabel, ItemRoles::Emphasis::Critical);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create User"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
    for (QLineEdit *edit : {m_ui->emailEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this, &CreateUserDialog::validate);
    validate();
}

CreateUserDialog::~CreateUserDialog() = default;

void CreateUserDialog::setTenantName(const QString &name)
{
    setWindowTitle(tr("New User of %1").arg(name));
}

UserService::NewUser CreateUserDialog::request() const
{
    UserService::NewUser user;
    user.email = m_ui->emailEdit->text().trimmed();
    user.password = m_ui->passwordEdit->text();
    user.role = Role(m_ui->roleCombo->currentData().toInt());
    return user;
}

void CreateUserDialog::validate()
{
    // UserService's own rules, shown before the round trip; an address is
    // judged once the operator has left the field, not at every keystroke.
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    const bool emailBad = UserService::checkEmail(email).has_value();
    const auto passwordProblem = UserService::checkPassword(password);
    QString error;
    if (emailBad && !email.isEmpty() && !m_ui->emailEdit->hasFocus())
        error = tr("“%1” is not an email address.").arg(email);
    else if (passwordProblem && !password.isEmpty())
        error = FormMessage::of(passwordProblem->said);
    else if (!m_ui->confirmEdit->text().isEmpty() && m_ui->confirmEdit->text() != password)
        error = tr("The passwords do not match.");
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_complete = !emailBad && !passwordProblem && m_ui->confirmEdit->text() == password;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_complete);
}

bool CreateUserDialog::isComplete() const
{
    return m_complete;
}

void CreateUserDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->emailEdit), static_cast<QWidget *>(m_ui->passwordEdit),
          static_cast<QWidget *>(m_ui->confirmEdit), static_cast<QWidget *>(m_ui->roleCombo)})
        field->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_complete);
}

void CreateUserDialog::showError(const DomainError &error)
{
    m_ui->errorLabel->setText(FormMessage::of(error.said));
    m_ui->errorLabel->show();
    if (error.field == QLatin1String("email"))
        m_ui->emailEdit->setFocus();
    else if (error.field == QLatin1String("password"))
        m_ui->passwordEdit->setFocus();
}

void CreateUserDialog::accept()
{
    if (m_complete && !m_ui->busyBar->isVisible())
        emit submitted();
}

} // namespace keyward
