// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "UsersPane.h"

#include "ColumnMemory.h"
#include "ConfirmDestructive.h"
#include "CreateUserDialog.h"
#include "ElidedCellTips.h"
#include "EmphasisProxyModel.h"
#include "KeepSelection.h"
#include "ListEnd.h"
#include "RoleDialog.h"
#include "SearchField.h"
#include "ThemeIcon.h"
#include "domain/Services.h"
#include "itemmodels/UserTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QtConcurrent>

namespace keyward {

UsersPane::UsersPane(Services &services, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_model(new UserTableModel(services.users, m_actor, this))
    , m_emphasis(new EmphasisProxyModel(this))
    , m_title(new QLabel(this))
    , m_filter(new SearchField(tr("Search users"), this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("UsersPane"));

    m_newUser = new QAction(ThemeIcon::get(QStringLiteral("contact-new"),
                                           QStringLiteral("user-new"), QStyle::SP_FileIcon),
                            tr("New &User…"), this);
    m_newUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_changeRole = new QAction(tr("Change &Role…"), this);
    m_toggleActive = new QAction(tr("&Deactivate User"), this);
    connect(m_newUser, &QAction::triggered, this, [this] { newUser(); });
    connect(m_changeRole, &QAction::triggered, this, &UsersPane::changeRole);
    connect(m_toggleActive, &QAction::triggered, this, &UsersPane::toggleActive);
    connect(&m_creating, &QFutureWatcher<Outcome<User>>::finished, this,
            &UsersPane::creationFinished);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_filter->setToolTip(tr("Every word in a user's email or role, or their id; Escape clears"));
    m_filter->setMaximumWidth(m_filter->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_count->setObjectName(QStringLiteral("userCount"));
    m_count->setAccessibleName(tr("User count"));

    m_emphasis->setSourceModel(m_model);
    m_view->setModel(m_emphasis);
    m_view->setAccessibleName(tr("Users"));
    m_view->setRootIsDecorated(false);
    new ElidedCellTips(m_view);                         // owned by the view
    new ListEnd(m_view, UserTableModel::CreatedColumn); // owned by the view
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSortIndicatorClearable(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    new ColumnMemory(m_view->header(), QStringLiteral("users/header")); // owned by the header
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(UserTableModel::EmailColumn,
                           m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);

    auto *newButton = new QPushButton(m_newUser->icon(), tr("New User…"), this);
    newButton->setAccessibleName(tr("New user"));
    connect(newButton, &QPushButton::clicked, m_newUser, &QAction::trigger);
    connect(m_newUser, &QAction::changed, newButton,
            [this, newButton] { newButton->setEnabled(m_newUser->isEnabled()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_filter);
    bar->addWidget(newButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &SearchField::searchChanged, m_model, &UserTableModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateCount);
    // The actions follow the user still selected after a search or sort.
    connect(new KeepSelection(m_view), &KeepSelection::restored, this, &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersPane::updateCount);
    connect(m_model, &UserTableModel::totalCountChanged, this, &UsersPane::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPane::updateActions);
    connect(m_model, &UserTableModel::loadFailed, this, [this](const QString &reason) {
        emit statusMessage(tr("Could not load users: %1").arg(reason), 8000);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addAction(m_newUser);
        if (currentUser()) {
            menu.addAction(m_changeRole);
            menu.addAction(m_toggleActive);
        }
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    setTenant(std::nullopt);
}

UsersPane::~UsersPane()
{
    // The worker holds references to the services; let it finish first.
    m_creating.waitForFinished();
}

void UsersPane::setTenant(const std::optional<Tenant> &tenant)
{
    m_tenant = tenant;
    m_title->setText(tenant ? tr("Users of %1").arg(tenant->name) : tr("Users"));
    m_model->setTenant(tenant ? std::optional<qint64>(tenant->id) : std::nullopt);
    updateActions();
}

void UsersPane::refresh()
{
    m_model->refresh();
    updateActions();
}

void UsersPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

std::optional<User> UsersPane::currentUser() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_emphasis->mapToSource(current);
    const User *user = m_model->userAt(source.row());
    return user ? std::optional<User>(*user) : std::nullopt;
}

void UsersPane::selectUser(qint64 userId)
{
    const QModelIndex index = m_emphasis->mapFromSource(m_model->index(m_model->rowOf(userId), 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void UsersPane::updateCount()
{
    if (!m_tenant) {
        m_count->clear();
        return;
    }
    m_count->setText(SearchField::countText(m_model->totalCount(), m_model->moreThanTotal(),
                                            m_model->rowCount(), m_model->searching(),
                                            //: counted, as in “12 users”
                                            tr("user"), tr("users")));
}

void UsersPane::updateActions()
{
    const auto user = currentUser();
    m_newUser->setEnabled(m_tenant.has_value() && !m_creating.isRunning());
    m_changeRole->setEnabled(user.has_value());
    m_toggleActive->setEnabled(user.has_value());
    m_toggleActive->setText(!user || user->isActive ? tr("&Deactivate User")
                                                    : tr("Re&activate User"));
}

CreateUserDialog *UsersPane::newUser()
{
    if (!m_tenant || m_creating.isRunning())
        return nullptr;
    auto *dialog = new CreateUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTenantName(m_tenant->name);
    connect(dialog, &CreateUserDialog::submitted, this, [this, dialog] { startCreating(dialog); });
    m_createDialog = dialog;
    dialog->open();
    return dialog;
}

void UsersPane::startCreating(CreateUserDialog *dialog)
{
    if (!m_tenant || m_creating.isRunning())
        return;
    UserService::NewUser request = dialog->request();
    request.tenantId = m_tenant->id;
    dialog->setBusy(true);
    updateActions();
    // scrypt takes a good fraction of a second: off the GUI thread. The
    // worker thread opens its own database connection.
    const UserService &users = m_services.users;
    m_creating.setFuture(QtConcurrent::run(
        &m_hashing, [&users, actor = m_actor, request] { return users.create(actor, request); }));
}

void UsersPane::creationFinished()
{
    const Outcome<User> created = m_creating.result();
    if (m_createDialog)
        m_createDialog->setBusy(false);
    updateActions();
    if (!created) {
        if (m_createDialog)
            m_createDialog->showError(created.error());
        else
            emit statusMessage(
                tr("Could not create the user: %1").arg(created.error().said.translated()), 8000);
        return;
    }
    if (m_createDialog)
        m_createDialog->done(QDialog::Accepted);
    m_model->upsertUser(*created);
    selectUser(created->id);
    emit usersChanged(created->tenantId);
    emit statusMessage(tr("User %1 created").arg(created->email), 5000);
}

void UsersPane::changeRole()
{
    const auto user = currentUser();
    if (!user)
        return;
    RoleDialog dialog(user->email, user->role, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Role role = dialog.role();
    // Role lists SuperAdmin first: a later one takes rights away.
    if (int(role) > int(user->role) &&
        !confirmDestructive(
            this, tr("Change Role"),
            tr("Demote %1 from %2 to %3?").arg(user->email, roleName(user->role), roleName(role)),
            tr("They lose what a %1 may do from their next request on, "
               "tokens already issued included.")
                .arg(roleName(user->role)),
            tr("&Demote")))
        return;
    UserService::Changes changes;
    changes.role = role;
    auto updated = m_services.users.update(m_actor, user->id, changes);
    if (!updated) {
        emit statusMessage(
            tr("Could not change the role: %1").arg(updated.error().said.translated()), 8000);
        return;
    }
    m_model->upsertUser(*updated);
    updateActions();
    emit usersChanged(updated->tenantId);
    emit statusMessage(tr("%1 is now %2").arg(updated->email, roleName(updated->role)), 5000);
}

void UsersPane::toggleActive()
{
    const auto user = currentUser();
    if (!user)
        return;
    if (user->isActive &&
        !confirmDestructive(this, tr("Deactivate User"),
                            tr("Deactivate %1 (%2)?").arg(user->email, roleName(user->role)),
                            tr("They can no longer log in, and the tokens they hold "
                               "are refused, until they are reactivated."),
                            tr("&Deactivate")))
        return;
    UserService::Changes changes;
    changes.isActive = !user->isActive;
    auto updated = m_services.users.update(m_actor, user->id, changes);
    if (!updated) {
        emit statusMessage(
            tr("Could not change the user: %1").arg(updated.error().said.translated()), 8000);
        return;
    }
    m_model->upsertUser(*updated);
    updateActions();
    emit usersChanged(updated->tenantId);
    emit statusMessage(updated->isActive ? tr("User %1 reactivated").arg(updated->email)
                                         : tr("User %1 deactivated").arg(updated->email),
                       5000);
}

} // namespace keyward
