// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/DomainError.h"
#include "domain/KeyRequests.h"
#include "network/SubnetAllowList.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace keyward {

class Clock;

namespace Ui {
class CreateKeyDialog;
}

// The form for a new key: label, kind, lifetime (presets or a custom date),
// permissions, allowed networks and rate limit. Checks each field as it is
// typed, with the error next to the field and OK disabled until the form is
// complete. Does not create the key itself: OK emits submitted(); the keys
// pane calls the domain and either closes the dialog or hands the domain's
// refusal back with showError(), so the operator can fix it in place.
class CreateKeyDialog : public QDialog {
    Q_OBJECT
public:
    enum class Lifetime { OneHour, OneDay, ThirtyDays, NinetyDays, OneYear, Never, Custom };
    Q_ENUM(Lifetime)

    explicit CreateKeyDialog(const Clock &clock, QWidget *parent = nullptr);
    ~CreateKeyDialog() override;

    void setTenantName(const QString &name);
    void setLifetime(Lifetime lifetime);
    // The key the form describes (the tenant is the caller's to set).
    NewKey request() const;
    // Every field valid and the label not blank: OK is enabled.
    bool isComplete() const;
    void showError(const DomainError &error);

    void accept() override;

signals:
    void submitted();

private:
    void validate();
    void kindChanged();
    void setError(QLabel *label, const QString &message);
    QStringList permissions() const;
    std::optional<QString> invalidPermission() const;

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    const Clock &m_clock;
    SubnetAllowList m_networks;
    bool m_labelTouched = false;
    bool m_complete = false;
};

} // namespace keyward
