// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/DomainError.h"
#include "domain/UserService.h"

#include <QDialog>

#include <memory>

namespace keyward {

namespace Ui {
class CreateUserDialog;
}

// The form for a new user of a tenant: email, password (typed twice) and
// role. Like CreateKeyDialog it only collects and checks: OK emits
// submitted(), and the users pane hashes and stores off the GUI thread,
// showing the dialog busy meanwhile.
class CreateUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateUserDialog(QWidget *parent = nullptr);
    ~CreateUserDialog() override;

    void setTenantName(const QString &name);
    UserService::NewUser request() const;
    bool isComplete() const;
    void setBusy(bool busy);
    void showError(const DomainError &error);

    void accept() override;

signals:
    void submitted();

private:
    void validate();

    std::unique_ptr<Ui::CreateUserDialog> m_ui;
    bool m_complete = false;
};

} // namespace keyward
