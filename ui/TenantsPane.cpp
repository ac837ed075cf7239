// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "TenantsPane.h"

#include "ConfirmDestructive.h"
#include "ElidedCellTips.h"
#include "EmphasisProxyModel.h"
#include "TenantNameDialog.h"
#include "ThemeIcon.h"
#include "domain/Services.h"
#include "itemmodels/SearchFilterModel.h"
#include "itemmodels/TenantTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyward {

TenantsPane::TenantsPane(Services &services, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new TenantTableModel(services.tenants, services.keys, m_actor, this))
    , m_proxy(new SearchFilterModel(this))
    , m_emphasis(new EmphasisProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("TenantsPane"));

    m_newTenant =
        new QAction(ThemeIcon::get(QStringLiteral("folder-new"), QStringLiteral("tenant-new"),
                                   QStyle::SP_FileDialogNewFolder),
                    tr("New &Tenant…"), this);
    m_newTenant->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newTenant->setStatusTip(tr("Create a tenant with its own tenant key"));
    m_rename = new QAction(ThemeIcon::get(QStringLiteral("edit-rename"), QStringLiteral("rename"),
                                          QStyle::SP_FileDialogDetailedView),
                           tr("&Rename Tenant…"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames the current tenant wherever the focus is in the window:
    // nothing else in it is renamed.
    m_rename->setShortcutContext(Qt::WindowShortcut);
    m_toggleActive = new QAction(tr("&Deactivate Tenant"), this);
    m_toggleActive->setStatusTip(
        tr("An inactive tenant's keys authenticate nowhere until it is reactivated"));
    connect(m_newTenant, &QAction::triggered, this, &TenantsPane::newTenant);
    connect(m_rename, &QAction::triggered, this, &TenantsPane::renameTenant);
    connect(m_toggleActive, &QAction::triggered, this, &TenantsPane::toggleActive);
    addAction(m_rename);

    auto *title = new QLabel(tr("Tenants"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_filter->setPlaceholderText(tr("Search tenants"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search tenants"));
    m_filter->addAction(ThemeIcon::get(QStringLiteral("edit-find"), QStringLiteral("search"),
                                       QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchColumns({TenantTableModel::NameColumn});
    m_emphasis->setSourceModel(m_proxy);
    m_view->setModel(m_emphasis);
    m_view->setAccessibleName(tr("Tenants"));
    m_view->setRootIsDecorated(false);
    new ElidedCellTips(m_view); // owned by the view
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(TenantTableModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TenantTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TenantTableModel::KeysColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TenantTableModel::StatusColumn, QHeaderView::ResizeToContents);

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->addAction(m_newTenant);
    tools->addAction(m_rename);
    tools->addAction(m_toggleActive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(tools);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SearchFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsPane::currentRowChanged);
    connect(m_model, &TenantTableModel::loadFailed, this, [this](const QString &reason) {
        reportError(tr("Could not load tenants: %1"), reason);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_newTenant);
        menu.addAction(m_rename);
        menu.addAction(m_toggleActive);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    updateActions();
}

std::optional<Tenant> TenantsPane::currentTenant() const
{
    const Tenant *tenant = m_model->tenantAt(m_model->rowOf(m_currentId));
    return tenant ? std::optional<Tenant>(*tenant) : std::nullopt;
}

void TenantsPane::selectTenant(qint64 tenantId)
{
    int row = m_model->rowOf(tenantId);
    QModelIndex index = m_emphasis->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid())
        index = m_emphasis->index(0, 0);
    if (!index.isValid()) {
        if (m_currentId != 0) {
            m_currentId = 0;
            emit currentTenantChanged(0);
        }
        updateActions();
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TenantsPane::refresh()
{
    const qint64 keep = m_currentId;
    {
        // Resetting the model clears the current row; that is not the
        // operator choosing another tenant.
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->refresh();
    }
    m_currentId = 0; // so the panes reload even when the same tenant comes back
    selectTenant(keep);
}

void TenantsPane::recountKeys(qint64 tenantId)
{
    m_model->recountKeys(tenantId);
}

void TenantsPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TenantsPane::currentRowChanged()
{
    const QModelIndex current = m_view->currentIndex();
    // Rows hidden by the filter leave no current row: keep the tenant the
    // operator chose until they choose another.
    if (!current.isValid())
        return;
    const qint64 id = current.data(ItemRoles::IdRole).toLongLong();
    if (id == m_currentId)
        return;
    m_currentId = id;
    updateActions();
    emit currentTenantChanged(id);
}

void TenantsPane::updateActions()
{
    const auto tenant = currentTenant();
    m_rename->setEnabled(tenant.has_value());
    m_toggleActive->setEnabled(tenant.has_value());
    const bool active = !tenant || tenant->isActive;
    m_toggleActive->setText(active ? tr("&Deactivate Tenant") : tr("Re&activate Tenant"));
    m_toggleActive->setIcon(
        active ? ThemeIcon::get(QStringLiteral("media-playback-pause"),
                                QStringLiteral("key-toggle"), QStyle::SP_MediaPause)
               : ThemeIcon::get(QStringLiteral("media-playback-start"),
                                QStringLiteral("server-start"), QStyle::SP_MediaPlay));
}

void TenantsPane::reportError(const QString &pattern, const QString &detail)
{
    emit statusMessage(pattern.arg(detail), 8000);
}

void TenantsPane::newTenant()
{
    std::optional<Tenant> created;
    TenantNameDialog dialog(
        tr("New Tenant"), tr("&Create Tenant"), QString(),
        [&](const QString &name) -> std::optional<DomainError> {
            auto outcome = m_services.tenants.create(m_actor, name);
            if (!outcome)
                return outcome.error();
            created = *outcome;
            return std::nullopt;
        },
        this);
    if (dialog.exec() != QDialog::Accepted || !created)
        return;
    m_model->upsertTenant(*created);
    m_filter->clear();
    selectTenant(created->id);
    emit statusMessage(tr("Tenant “%1” created with its tenant key").arg(created->name), 5000);
}

void TenantsPane::renameTenant()
{
    const auto tenant = currentTenant();
    if (!tenant)
        return;
    std::optional<Tenant> updated;
    TenantNameDialog dialog(
        tr("Rename Tenant"), tr("&Rename"), tenant->name,
        [&](const QString &name) -> std::optional<DomainError> {
            if (name == tenant->name)
                return std::nullopt;
            TenantService::Changes changes;
            changes.name = name;
            auto outcome = m_services.tenants.update(m_actor, tenant->id, changes);
            if (!outcome)
                return outcome.error();
            updated = *outcome;
            return std::nullopt;
        },
        this);
    if (dialog.exec() != QDialog::Accepted || !updated)
        return;
    m_model->upsertTenant(*updated);
    emit currentTenantChanged(updated->id);
    emit statusMessage(tr("Tenant renamed to “%1”").arg(updated->name), 5000);
}

void TenantsPane::toggleActive()
{
    const auto tenant = currentTenant();
    if (!tenant)
        return;
    if (tenant->isActive) {
        if (!confirmDestructive(this, tr("Deactivate Tenant"),
                                tr("Deactivate “%1”?").arg(tenant->name),
                                tr("None of its keys will authenticate until the "
                                   "tenant is reactivated. Nothing is deleted."),
                                tr("&Deactivate")))
            return;
    }
    TenantService::Changes changes;
    changes.isActive = !tenant->isActive;
    auto updated = m_services.tenants.update(m_actor, tenant->id, changes);
    if (!updated) {
        reportError(tr("Could not change the tenant: %1"), updated.error().said.translated());
        return;
    }
    m_model->upsertTenant(*updated);
    updateActions();
    emit currentTenantChanged(updated->id);
    emit statusMessage(updated->isActive ? tr("Tenant “%1” reactivated").arg(updated->name)
                                         : tr("Tenant “%1” deactivated").arg(updated->name),
                       5000);
}

} // namespace keyward
