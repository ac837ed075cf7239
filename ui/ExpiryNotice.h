// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace keyward {

// The one notice the console gives at start when keys expire within a
// week: how many, of which tenants, with Show Them (the Keys tab filtered
// to keys expiring soon, on the tenant with the most) and a close button.
class ExpiryNotice : public QFrame {
    Q_OBJECT
public:
    struct Tenant {
        qint64 id = 0;
        QString name;
        qint64 expiring = 0;
    };

    explicit ExpiryNotice(QWidget *parent = nullptr);

    // Shows the notice for these tenants (most expiring first); hides it
    // when none has a key expiring.
    void setTenants(QList<Tenant> tenants);
    QLabel *textLabel() const { return m_text; }
    QPushButton *showButton() const { return m_show; }

signals:
    // The operator asked to see this tenant's expiring keys.
    void showRequested(qint64 tenantId);

private:
    QLabel *m_text;
    QPushButton *m_show;
    qint64 m_first = 0;
};

} // namespace keyward
