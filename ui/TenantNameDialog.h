// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/DomainError.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace keyward {

// The form that names a tenant, new or renamed. The name is checked as it is
// typed (TenantService::checkName); the button stays off while it is blank.
// Accepting hands the name to `submit`, and a refusal (another tenant has
// the name) is shown in the form with the typed name kept, not after it
// closed.
class TenantNameDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<std::optional<DomainError>(const QString &name)>;

    TenantNameDialog(const QString &title, const QString &action, const QString &name,
                     Submit submit, QWidget *parent = nullptr);

    QString name() const;
    void accept() override;

private:
    void validate();
    void showError(const QString &text);

    Submit m_submit;
    QLineEdit *m_name;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace keyward
