// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "RoleDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keyward {

namespace {

QString whatItMayDo(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
        return RoleDialog::tr("Every tenant: tenants, users, keys and signing keys.");
    case Role::Admin:
        return RoleDialog::tr("This tenant's keys and users.");
    case Role::User:
        return RoleDialog::tr("Signs in and reads this tenant; manages no keys.");
    }
    Q_UNREACHABLE();
}

} // namespace

RoleDialog::RoleDialog(const QString &email, Role current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_roles(new QButtonGroup(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("RoleDialog"));
    setWindowTitle(tr("Change Role"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Role of %1:").arg(email), this);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    for (const Role role : {Role::SuperAdmin, Role::Admin, Role::User}) {
        auto *button = new QRadioButton(roleName(role), this);
        button->setObjectName(roleName(role));
        m_roles->addButton(button, int(role));
        auto *description = new QLabel(whatItMayDo(role), this);
        description->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                               button->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
        description->setEnabled(false); // the secondary text colour of the style
        layout->addWidget(button);
        layout->addWidget(description);
    }
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Role"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    connect(m_roles, &QButtonGroup::idToggled, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(role() != m_current); });
    choose(current);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

Role RoleDialog::role() const
{
    return Role(m_roles->checkedId());
}

void RoleDialog::choose(Role role)
{
    m_roles->button(int(role))->setChecked(true);
}

} // namespace keyward
