// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ExpiryNotice.h"

#include "ThemeIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

namespace keyward {

ExpiryNotice::ExpiryNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_show(new QPushButton(tr("&Show Them"), this))
{
    setObjectName(QStringLiteral("ExpiryNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Keys expiring soon"));
    auto *icon = new QLabel(this);
    const int size = fontMetrics().height();
    icon->setPixmap(ThemeIcon::get(QStringLiteral("dialog-warning"), QStringLiteral("warning"),
                                   QStyle::SP_MessageBoxWarning)
                        .pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showRequested(m_first);
        hide();
    });
    hide();
}

void ExpiryNotice::setTenants(QList<Tenant> tenants)
{
    tenants.removeIf([](const Tenant &tenant) { return tenant.expiring <= 0; });
    if (tenants.isEmpty()) {
        hide();
        return;
    }
    std::sort(tenants.begin(), tenants.end(), [](const Tenant &a, const Tenant &b) {
        return a.expiring != b.expiring ? a.expiring > b.expiring
                                        : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    qint64 total = 0;
    QStringList parts;
    for (const Tenant &tenant : std::as_const(tenants)) {
        total += tenant.expiring;
        parts << tr("%1: %2").arg(tenant.name, QLocale().toString(tenant.expiring));
    }
    m_first = tenants.first().id;
    m_text->setText((total == 1 ? tr("1 key expires within 7 days (%1).")
                                : tr("%1 keys expire within 7 days (%2).")
                                      .arg(QLocale().toString(total), QStringLiteral("%1")))
                        .arg(parts.join(QStringLiteral(", "))));
    show();
}

} // namespace keyward
