// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeysPane.h"

#include "ClipboardGuard.h"
#include "ConfirmDestructive.h"
#include "CreateKeyDialog.h"
#include "EmphasisProxyModel.h"
#include "KeyUsageDialog.h"
#include "SecretRevealDialog.h"
#include "ThemeIcon.h"
#include "domain/Services.h"
#include "itemmodels/KeyTableModel.h"
#include "itemmodels/SearchFilterModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>

namespace keyward {

namespace {

QAction *makeAction(QObject *parent, const QIcon &icon, const QString &text,
                    const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(icon, text, parent);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(shortcut.isEmpty()
                           ? QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026))
                           : QStringLiteral("%1 (%2)").arg(
                                 QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                 shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

KeysPane::KeysPane(Services &services, Actor actor, ClipboardGuard &clipboard, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_clipboard(clipboard)
    , m_model(new KeyTableModel(services.keys, *services.clock, m_actor, this))
    , m_proxy(new SearchFilterModel(this))
    , m_emphasis(new EmphasisProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_concern(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("KeysPane"));

    m_newKey = makeAction(this,
                          ThemeIcon::get(QStringLiteral("document-new"), QStringLiteral("key-new"),
                                         QStyle::SP_FileIcon),
                          QStringLiteral("&New Key…"), QKeySequence::New,
                          QStringLiteral("Create an API key for the selected tenant"));
    m_toggle = makeAction(this,
                          ThemeIcon::get(QStringLiteral("media-playback-pause"),
                                         QStringLiteral("key-toggle"), QStyle::SP_MediaPause),
                          QStringLiteral("&Disable Key"), QKeySequence(Qt::CTRL | Qt::Key_E),
                          QStringLiteral("A disabled key is refused until it is enabled again"));
    m_rotate = makeAction(this,
                          ThemeIcon::get(QStringLiteral("view-refresh"),
                                         QStringLiteral("key-rotate"), QStyle::SP_BrowserReload),
                          QStringLiteral("&Rotate Key…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                          QStringLiteral("Issue a new secret with the same settings"));
    m_delete = makeAction(this,
                          ThemeIcon::get(QStringLiteral("edit-delete"), QStringLiteral("delete"),
                                         QStyle::SP_TrashIcon),
                          QStringLiteral("De&lete Key…"), QKeySequence::Delete,
                          QStringLiteral("Revoke the key for good"));
    // Delete only while the keys have focus: elsewhere the key erases text.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyId = makeAction(this,
                          ThemeIcon::get(QStringLiteral("edit-copy"), QStringLiteral("copy"),
                                         QStyle::SP_FileLinkIcon),
                          QStringLiteral("Copy Key &ID"), QKeySequence::Copy,
                          QStringLiteral("Copy the key's id (not a secret)"));
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyToken = makeAction(this,
                             ThemeIcon::get(QStringLiteral("dialog-password"),
                                            QStringLiteral("token"), QStyle::SP_DialogOkButton),
                             QStringLiteral("Copy a Fresh &Token"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             QStringLiteral("Exchange the key for a JWT as a client on this "
                                            "machine (%1) would, and copy it; the clipboard "
                                            "is cleared after a while")
                                 .arg(KeyExchange::localAddress()));
    m_usage = makeAction(this,
                         ThemeIcon::get(QStringLiteral("office-chart-bar"),
                                        QStringLiteral("key-usage"), QStyle::SP_FileDialogInfoView),
                         QStringLiteral("Show &Usage…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                         QStringLiteral("How the key was used and refused, hour by hour or day "
                                        "by day, and from where"));
    addActions({m_delete, m_copyId});
    connect(m_usage, &QAction::triggered, this, [this] { showUsage(); });
    connect(m_newKey, &QAction::triggered, this, [this] { newKey(); });
    connect(m_toggle, &QAction::triggered, this, &KeysPane::toggleEnabled);
    connect(m_rotate, &QAction::triggered, this, &KeysPane::rotate);
    connect(m_delete, &QAction::triggered, this, &KeysPane::deleteKey);
    connect(m_copyId, &QAction::triggered, this, &KeysPane::copyKeyId);
    connect(m_copyToken, &QAction::triggered, this, &KeysPane::copyToken);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_filter->setPlaceholderText(QStringLiteral("Filter keys"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(QStringLiteral("Filter keys"));
    m_filter->setMaximumWidth(m_filter->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_filter->addAction(ThemeIcon::get(QStringLiteral("edit-find"), QStringLiteral("search"),
                                       QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_count->setAccessibleName(QStringLiteral("Key count"));
    m_concern->setAccessibleName(QStringLiteral("Show"));
    m_concern->setToolTip(QStringLiteral("Show every key, or only those that need attention"));
    m_concern->addItem(QStringLiteral("All keys"));
    using Concern = KeyHygiene::Concern;
    for (const Concern concern :
         {Concern::ExpiringSoon, Concern::NeverUsed, Concern::Idle, Concern::WideOpen})
        m_concern->addItem(KeyTableModel::concernText(concern), int(concern));
    connect(m_concern, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant concern = m_concern->currentData();
        m_model->setConcern(concern.isValid() ? std::optional(Concern(concern.toInt()))
                                              : std::nullopt);
    });

    m_proxy->setSourceModel(m_model);
    m_emphasis->setSourceModel(m_proxy);
    m_view->setModel(m_emphasis);
    m_view->setAccessibleName(QStringLiteral("Keys"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    // Natural (creation) order until a header is clicked; a third click
    // returns to it. Sorting orders the rows loaded so far.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    // Fit the columns to each tenant's first page of keys.
    connect(m_emphasis, &QAbstractItemModel::modelReset, this, &KeysPane::fitColumns);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(QStringLiteral("Select a tenant to see its keys."));
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_concern);
    bar->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SearchFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KeysPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KeysPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KeysPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &KeysPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &KeysPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &KeysPane::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysPane::updateActions);
    connect(m_model, &KeyTableModel::loadFailed, this, [this](const QString &reason) {
        emit statusMessage(QStringLiteral("Could not load keys: %1").arg(reason), 8000);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_newKey);
        if (currentKey()) {
            menu.addSeparator();
            menu.addAction(m_copyToken);
            menu.addAction(m_copyId);
            menu.addAction(m_usage);
            menu.addSeparator();
            menu.addAction(m_toggle);
            menu.addAction(m_rotate);
            menu.addSeparator();
            menu.addAction(m_delete);
        }
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
    // The rows loaded so far (one page) decide. When they do not all fit,
    // the free-text columns give up width first and elide, so status,
    // expiry and use count stay in sight.
    const int x = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    int total = 0;
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), x * 30));
        total += m_view->columnWidth(column);
    }
    int excess = total - m_view->viewport()->width();
    for (const int column : {KeyTableModel::NetworksColumn, KeyTableModel::PermissionsColumn,
                             KeyTableModel::LabelColumn, KeyTableModel::PrefixColumn}) {
        if (excess <= 0)
            break;
        const int give = qMax(0, qMin(excess, m_view->columnWidth(column) - x * 10));
        m_view->setColumnWidth(column, m_view->columnWidth(column) - give);
        excess -= give;
    }
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
    m_title->setText(tenant ? QStringLiteral("Keys of %1").arg(tenant->name)
                            : QStringLiteral("Keys"));
    m_stack->setCurrentWidget(tenant ? static_cast<QWidget *>(m_view) : m_placeholder);
    m_model->setTenant(tenant ? std::optional<qint64>(tenant->id) : std::nullopt);
    updateActions();
}

void KeysPane::refresh()
{
    const auto keep = currentKey();
    m_model->refresh();
    if (keep)
        selectKey(keep->id);
}

void KeysPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

std::optional<ApiKey> KeysPane::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(m_emphasis->mapToSource(current));
    const ApiKey *key = m_model->keyAt(source.row());
    return key ? std::optional<ApiKey>(*key) : std::nullopt;
}

bool KeysPane::selectKey(qint64 keyId)
{
    const int row = m_model->rowOf(keyId);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_emphasis->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
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

KeyUsageDialog *KeysPane::showUsage()
{
    const auto key = currentKey();
    if (!key)
        return nullptr;
    auto *dialog = new KeyUsageDialog(m_services, m_actor, *key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void KeysPane::updateActions()
{
    const auto key = currentKey();
    m_newKey->setEnabled(m_tenant.has_value());
    for (QAction *action : {m_toggle, m_rotate, m_delete, m_copyId, m_copyToken, m_usage})
        action->setEnabled(key.has_value());
    const bool active = !key || key->status == KeyStatus::Active;
    m_toggle->setText(active ? QStringLiteral("&Disable Key") : QStringLiteral("&Enable Key"));
    m_toggle->setIcon(active
                          ? ThemeIcon::get(QStringLiteral("media-playback-pause"),
                                           QStringLiteral("key-toggle"), QStyle::SP_MediaPause)
                          : ThemeIcon::get(QStringLiteral("media-playback-start"),
                                           QStringLiteral("server-start"), QStyle::SP_MediaPlay));
}

void KeysPane::updateCount()
{
    if (!m_tenant) {
        m_count->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = total == 1 ? QStringLiteral("1 key")
                              : QStringLiteral("%1 keys").arg(QLocale().toString(total));
    if (loaded < total)
        text += QStringLiteral(", %1 loaded").arg(QLocale().toString(loaded));
    if (!m_proxy->searchText().isEmpty())
        text += QStringLiteral(", %1 match").arg(QLocale().toString(shown));
    m_count->setText(text);
}

void KeysPane::reportError(const QString &what, const DomainError &error)
{
    emit statusMessage(QStringLiteral("Could not %1: %2").arg(what, error.detail), 8000);
}

CreateKeyDialog *KeysPane::newKey()
{
    if (!m_tenant)
        return nullptr;
    auto *dialog = new CreateKeyDialog(*m_services.clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTenantName(m_tenant->name);
    connect(dialog, &CreateKeyDialog::submitted, this, [this, dialog] { createKey(dialog); });
    dialog->open();
    return dialog;
}

void KeysPane::createKey(CreateKeyDialog *dialog)
{
    if (!m_tenant)
        return;
    NewKey request = dialog->request();
    request.tenantId = m_tenant->id;
    auto issued = m_services.keys.create(m_actor, request);
    if (!issued) {
        dialog->showError(issued.error());
        return;
    }
    dialog->done(QDialog::Accepted);
    m_model->upsertKey(issued->key);
    selectKey(issued->key.id);
    emit keysChanged(issued->key.tenantId);
    emit statusMessage(QStringLiteral("Key “%1” created").arg(issued->key.name), 5000);
    showSecret(issued->key.name, issued->secret);
}

void KeysPane::showSecret(const QString &label, const QByteArray &secret)
{
    auto *reveal = new SecretRevealDialog(label, secret, m_clipboard, this);
    reveal->setAttribute(Qt::WA_DeleteOnClose);
    reveal->open();
}

void KeysPane::toggleEnabled()
{
    const auto key = currentKey();
    if (!key)
        return;
    KeyChanges changes;
    changes.status = key->status == KeyStatus::Active ? KeyStatus::Disabled : KeyStatus::Active;
    auto updated = m_services.keys.update(m_actor, key->id, changes);
    if (!updated) {
        reportError(QStringLiteral("change the key"), updated.error());
        return;
    }
    m_model->upsertKey(*updated);
    updateActions();
    emit keysChanged(updated->tenantId);
    emit statusMessage(updated->status == KeyStatus::Active
                           ? QStringLiteral("Key “%1” enabled").arg(updated->name)
                           : QStringLiteral("Key “%1” disabled").arg(updated->name),
                       5000);
}

void KeysPane::rotate()
{
    const auto key = currentKey();
    if (!key)
        return;
    const std::pair<QString, qint64> graces[] = {
        {QStringLiteral("Revoke the old secret at once"), 0},
        {QStringLiteral("Keep the old secret valid for 1 hour"), 3600},
        {QStringLiteral("Keep the old secret valid for 1 day"), 24 * 3600},
        {QStringLiteral("Keep the old secret valid for 7 days"), 7 * 24 * 3600},
    };
    QStringList choices;
    for (const auto &grace : graces)
        choices << grace.first;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, QStringLiteral("Rotate Key"),
        QStringLiteral("Rotating “%1” issues a new secret with the same settings.\n"
                       "Clients need the new secret; meanwhile:")
            .arg(key->name),
        choices, 1, false, &ok);
    if (!ok)
        return;
    const qint64 grace = graces[choices.indexOf(chosen)].second;
    auto issued = m_services.keys.rotate(m_actor, key->id, grace);
    if (!issued) {
        reportError(QStringLiteral("rotate the key"), issued.error());
        return;
    }
    if (auto old = m_services.keys.get(m_actor, key->id))
        m_model->upsertKey(*old);
    m_model->upsertKey(issued->key);
    selectKey(issued->key.id);
    emit keysChanged(issued->key.tenantId);
    emit statusMessage(QStringLiteral("Key “%1” rotated").arg(issued->key.name), 5000);
    showSecret(issued->key.name, issued->secret);
}

void KeysPane::deleteKey()
{
    const auto key = currentKey();
    if (!key)
        return;
    if (!confirmDestructive(this, QStringLiteral("Delete Key"),
                            QStringLiteral("Delete the key “%1”?").arg(key->name),
                            QStringLiteral("Clients using it are refused from now on. A deleted "
                                           "key cannot be restored."),
                            QStringLiteral("&Delete")))
        return;
    auto removed = m_services.keys.remove(m_actor, key->id);
    if (!removed) {
        reportError(QStringLiteral("delete the key"), removed.error());
        return;
    }
    m_model->removeKey(key->id);
    emit keysChanged(key->tenantId);
    emit statusMessage(QStringLiteral("Key “%1” deleted").arg(key->name), 5000);
}

void KeysPane::copyKeyId()
{
    const auto key = currentKey();
    if (!key)
        return;
    ClipboardGuard::copyText(QString::number(key->id));
    emit statusMessage(QStringLiteral("Key id %1 copied").arg(key->id), 3000);
}

void KeysPane::copyToken()
{
    const auto current = currentKey();
    if (!current)
        return;
    // Read again: the HTTP API may have disabled or deleted it since the row
    // was loaded.
    auto key = m_services.keys.get(m_actor, current->id);
    if (!key) {
        reportError(QStringLiteral("issue a token"), key.error());
        return;
    }
    // The exchange GET /api/Token/generate-from-apikey makes, presented from
    // this machine's loopback address.
    const auto exchanged = m_services.keyExchange.exchangeRow(*key);
    if (exchanged.check.outcome != KeyVerifier::Outcome::Accepted) {
        QString why = KeyVerifier::explain(exchanged.check);
        if (exchanged.check.outcome == KeyVerifier::Outcome::AddressNotAllowed)
            why += QStringLiteral(" (the console presents %1)").arg(KeyExchange::localAddress());
        else if (exchanged.check.outcome == KeyVerifier::Outcome::PermissionDenied)
            why = QStringLiteral("the key lacks %1").arg(KeyExchange::requiredPermission());
        emit statusMessage(QStringLiteral("No token for “%1”: %2").arg(key->name, why), 8000);
        return;
    }
    const QByteArray &token = exchanged.token;
    m_clipboard.copySecret(QString::fromLatin1(token));
    emit statusMessage(m_clipboard.clearSeconds() > 0
                           ? QStringLiteral("Token for “%1” copied; the clipboard is cleared in "
                                            "%2 seconds")
                                 .arg(key->name)
                                 .arg(m_clipboard.clearSeconds())
                           : QStringLiteral("Token for “%1” copied").arg(key->name),
                       5000);
}

} // namespace keyward
