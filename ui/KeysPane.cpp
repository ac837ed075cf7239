// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeysPane.h"

#include "ColumnMemory.h"
#include "ElidedCellTips.h"
#include "EmphasisProxyModel.h"
#include "KeepSelection.h"
#include "KeyActions.h"
#include "KeyDetailsPane.h"
#include "ListEnd.h"
#include "SearchField.h"
#include "ThemeIcon.h"
#include "domain/Services.h"
#include "itemmodels/KeyTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>

namespace keyward {

KeysPane::KeysPane(Services &services, Actor actor, ClipboardGuard &clipboard, QWidget *parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_model(new KeyTableModel(services.keys, *services.clock, m_actor, this))
    , m_emphasis(new EmphasisProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new SearchField(tr("Search keys"), this))
    , m_concern(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_actions(new KeyActions(services, m_actor, clipboard, *this))
    , m_details(new KeyDetailsPane(services, m_actor, this))
{
    setObjectName(QStringLiteral("KeysPane"));

    addActions({m_actions->deleteAction(), m_actions->copyIdAction()});
    connect(m_actions, &KeyActions::statusMessage, this, &KeysPane::statusMessage);
    connect(m_actions, &KeyActions::keysChanged, this, &KeysPane::keysChanged);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filter->setToolTip(tr("Every word in a key's label, description, prefix, "
                            "permissions or networks, or its id; Escape clears"));
    m_filter->setMaximumWidth(m_filter->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_count->setObjectName(QStringLiteral("keyCount"));
    m_count->setAccessibleName(tr("Key count"));
    //: accessible name of the box that filters the keys (all, or one concern)
    m_concern->setAccessibleName(tr("Show"));
    m_concern->setToolTip(tr("Show every key, or only those that need attention"));
    m_concern->addItem(tr("All keys"));
    using Concern = KeyHygiene::Concern;
    for (const Concern concern :
         {Concern::ExpiringSoon, Concern::NeverUsed, Concern::Idle, Concern::WideOpen})
        m_concern->addItem(KeyTableModel::concernText(concern), int(concern));
    connect(m_concern, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant concern = m_concern->currentData();
        m_model->setConcern(concern.isValid() ? std::optional(Concern(concern.toInt()))
                                              : std::nullopt);
    });

    m_emphasis->setSourceModel(m_model);
    m_view->setModel(m_emphasis);
    m_view->setAccessibleName(tr("Keys"));
    m_view->setRootIsDecorated(false);
    new ElidedCellTips(m_view);                        // owned by the view
    new ListEnd(m_view, KeyTableModel::CreatedColumn); // owned by the view
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    // Natural (creation) order until a header is clicked; a third click
    // returns to it. The store sorts the whole list (KeyTableModel::sort);
    // Attention, judged here, cannot be sorted on.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder) {
                if (column < 0 || KeyTableModel::sortFor(column))
                    return;
                const QSignalBlocker blocker(header);
                header->setSortIndicator(-1, Qt::AscendingOrder);
                m_model->sort(-1);
                emit statusMessage(tr("The Attention column cannot be sorted on; "
                                      "“Show” lists the keys with one concern"),
                                   5000);
            });
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    m_columns = new ColumnMemory(header, QStringLiteral("keys/header"));
    // Fit the columns to each tenant's first page of keys.
    connect(m_emphasis, &QAbstractItemModel::modelReset, this, &KeysPane::fitColumns);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select a tenant to see its keys."));
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_concern);
    bar->addWidget(m_filter);
    // The list above, the selected key's details below it.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("keysSplitter"));
    split->addWidget(m_stack);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(m_details, &KeyDetailsPane::keyRequested, this, [this](qint64 keyId) {
        if (!selectKey(keyId))
            emit statusMessage(tr("Key %1 is not in this list (a search or Show: hides it, or "
                                  "it was deleted)")
                                   .arg(keyId),
                               5000);
    });

    // The store searches every key of the tenant, loaded or not.
    connect(m_filter, &SearchField::searchChanged, m_model, &KeyTableModel::setSearch);
    new KeepSelection(m_view); // owned by the view
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_actions,
            &KeyActions::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeysPane::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysPane::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPane::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KeysPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KeysPane::updateCount);
    connect(m_model, &KeyTableModel::totalCountChanged, this, &KeysPane::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, m_actions, &KeyActions::update);
    connect(m_model, &KeyTableModel::loadFailed, this, [this](const QString &reason) {
        emit statusMessage(tr("Could not load keys: %1").arg(reason), 8000);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        m_actions->fillContextMenu(menu);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    m_clockTick.setInterval(60 * 1000);
    connect(&m_clockTick, &QTimer::timeout, m_model, &KeyTableModel::refreshTimes);
    m_clockTick.start();

    setTenant(std::nullopt);
}

KeysPane::~KeysPane() = default;

void KeysPane::fitColumns()
{
    // Until the operator sizes a column by hand (ColumnMemory), the rows
    // loaded so far (one page) decide. When they do not all fit, the
    // free-text columns give up width first and elide (a long status,
    // "Superseded — grace until …", before the label), so expiry and use
    // count stay in sight.
    m_columns->fit([this] {
        const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        int total = 0;
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), x * 30));
            total += m_view->columnWidth(column);
        }
        int excess = total - m_view->viewport()->width();
        for (const int column : {KeyTableModel::NetworksColumn, KeyTableModel::PermissionsColumn,
                                 KeyTableModel::StatusColumn, KeyTableModel::LabelColumn,
                                 KeyTableModel::PrefixColumn}) {
            if (excess <= 0)
                break;
            const int give = qMax(0, qMin(excess, m_view->columnWidth(column) - x * 10));
            m_view->setColumnWidth(column, m_view->columnWidth(column) - give);
            excess -= give;
        }
    });
}

void KeysPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fittedOnShow) {
        m_fittedOnShow = true;
        QTimer::singleShot(0, this, &KeysPane::fitColumns); // once the layout has settled
    }
}

void KeysPane::setTenant(const std::optional<Tenant> &tenant)
{
    m_tenant = tenant;
    m_title->setText(tenant ? tr("Keys of %1").arg(tenant->name) : tr("Keys"));
    m_stack->setCurrentWidget(tenant ? static_cast<QWidget *>(m_view) : m_placeholder);
    m_model->setTenantActive(!tenant || tenant->isActive);
    m_model->setTenant(tenant ? std::optional<qint64>(tenant->id) : std::nullopt);
    m_actions->update();
}

void KeysPane::refresh()
{
    m_model->refresh();
}

void KeysPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void KeysPane::updateDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_details->showKey(currentKey(),
                       current.siblingAtColumn(KeyTableModel::StatusColumn).data().toString());
}

std::optional<ApiKey> KeysPane::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_emphasis->mapToSource(current);
    const ApiKey *key = m_model->keyAt(source.row());
    return key ? std::optional<ApiKey>(*key) : std::nullopt;
}

bool KeysPane::selectKey(qint64 keyId)
{
    const int row = m_model->rowOf(keyId);
    if (row < 0)
        return false;
    const QModelIndex index = m_emphasis->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void KeysPane::showConcern(std::optional<KeyHygiene::Concern> concern)
{
    m_concern->setCurrentIndex(concern ? m_concern->findData(int(*concern)) : 0);
}

void KeysPane::updateCount()
{
    if (!m_tenant) {
        m_count->clear();
        return;
    }
    m_count->setText(SearchField::countText(m_model->totalCount(), m_model->moreThanTotal(),
                                            m_model->rowCount(), m_model->searching(),
                                            //: counted, as in “12 keys”
                                            tr("key"), tr("keys")));
}

} // namespace keyward
