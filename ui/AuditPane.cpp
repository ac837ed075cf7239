// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "AuditPane.h"

#include "ColumnMemory.h"
#include "ElidedCellTips.h"
#include "EmphasisProxyModel.h"
#include "ListEnd.h"
#include "SearchField.h"
#include "domain/Services.h"
#include "itemmodels/AuditTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>

namespace keyward {

AuditPane::AuditPane(const Services &services, Actor viewer, QWidget *parent)
    : QWidget(parent)
    , m_names(services, std::move(viewer))
    , m_model(new AuditTableModel(services.audit, this))
    , m_emphasis(new EmphasisProxyModel(this))
    , m_filter(new SearchField(tr("Search events (actor, action, target…)"), this))
    , m_tenantOnly(new QCheckBox(tr("Only the selected &tenant"), this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("AuditPane"));
    m_count->setObjectName(QStringLiteral("eventCount"));
    m_filter->setToolTip(tr("Every word in an event's actor, action, target, source "
                            "address or detail; Escape clears"));
    m_tenantOnly->setAccessibleName(tr("Only the selected tenant"));

    m_model->setNames(&m_names);
    m_emphasis->setSourceModel(m_model);
    m_view->setModel(m_emphasis);
    m_view->setAccessibleName(tr("Audit events"));
    m_view->setRootIsDecorated(false);
    new ElidedCellTips(m_view); // owned by the view
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSortIndicatorClearable(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->setColumnWidth(AuditTableModel::TimeColumn, x * 22);
    m_view->setColumnWidth(AuditTableModel::ActorColumn, x * 12);
    m_view->setColumnWidth(AuditTableModel::TenantColumn, x * 8);
    m_view->setColumnWidth(AuditTableModel::ActionColumn, x * 18);
    m_view->setColumnWidth(AuditTableModel::TargetColumn, x * 14);
    m_view->setColumnWidth(AuditTableModel::SourceColumn, x * 14);
    new ColumnMemory(m_view->header(), QStringLiteral("audit/header")); // owned by the header
    // Unsorted, the trail is newest first: its end is the oldest event.
    new ListEnd(m_view, AuditTableModel::TimeColumn, Qt::AscendingOrder); // owned by the view

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_tenantOnly);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // The store searches every event in scope, loaded or not.
    connect(m_filter, &SearchField::searchChanged, m_model, &AuditTableModel::setSearch);
    connect(m_tenantOnly, &QCheckBox::toggled, this, &AuditPane::applyScope);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPane::updateCount);
    connect(m_model, &AuditTableModel::totalCountChanged, this, &AuditPane::updateCount);
    connect(m_model, &AuditTableModel::loadFailed, this, [this](const QString &reason) {
        emit statusMessage(tr("Could not load the audit log: %1").arg(reason), 8000);
    });
}

void AuditPane::setTenant(std::optional<qint64> tenantId, const QString &tenantName)
{
    m_tenantId = tenantId;
    m_tenantOnly->setText(tenantId ? tr("Only %1").arg(tenantName)
                                   : tr("Only the selected &tenant"));
    m_tenantOnly->setEnabled(tenantId.has_value());
    if (m_tenantOnly->isChecked())
        applyScope();
}

void AuditPane::refresh()
{
    m_names.forget(); // a key or tenant may have been renamed since
    applyScope();
}

void AuditPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AuditPane::applyScope()
{
    m_model->setTenant(m_tenantOnly->isChecked() ? m_tenantId : std::nullopt);
}

void AuditPane::updateCount()
{
    m_count->setText(SearchField::countText(m_model->totalCount(), m_model->moreThanTotal(),
                                            m_model->rowCount(), m_model->searching(), tr("event"),
                                            tr("events")));
}

} // namespace keyward
