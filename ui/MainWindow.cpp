// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AuditPane.h"
#include "ClipboardGuard.h"
#include "EmbeddedServer.h"
#include "ExpiryNotice.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "LeakScanDialog.h"
#include "ServerPane.h"
#include "SigningKeysDialog.h"
#include "TenantsPane.h"
#include "ThemeIcon.h"
#include "UsersPane.h"
#include "domain/Services.h"
#include "itemmodels/KeyTableModel.h"
#include "itemmodels/TenantTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyward {

namespace {

Actor localOperator(const QString &name)
{
    Actor actor;
    actor.kind = Actor::Kind::Operator;
    actor.operatorName = name;
    return actor;
}

enum Tab { KeysTab, UsersTab, AuditTab, ServerTab };

} // namespace

MainWindow::MainWindow(Services &services, const QString &operatorName, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_operator(localOperator(operatorName))
    , m_clipboard(new ClipboardGuard(this))
    , m_server(new EmbeddedServer(services, this))
    , m_tenants(new TenantsPane(services, m_operator, this))
    , m_keys(new KeysPane(services, m_operator, *m_clipboard, this))
    , m_users(new UsersPane(services, m_operator, this))
    , m_audit(new AuditPane(services, m_operator, this))
    , m_serverPane(new ServerPane(*m_server, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_expiryNotice(new ExpiryNotice(this))
    , m_serverIndicator(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("%1 — Keyward").arg(services.storeName()));
    setWindowIcon(ThemeIcon::application());

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_keys, tr("&Keys"));
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_audit, tr("&Audit Log"));
    m_tabs->addTab(m_serverPane, tr("&Server"));
    m_tabs->setAccessibleName(tr("Views"));

    m_tenants->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    m_splitter->addWidget(m_tenants);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30, 1000});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_expiryNotice);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_expiryNotice, &ExpiryNotice::showRequested, this, [this](qint64 tenantId) {
        m_tabs->setCurrentIndex(KeysTab);
        m_tenants->selectTenant(tenantId);
        m_keys->showConcern(KeyHygiene::Concern::ExpiringSoon);
    });

    m_serverIndicator->setAutoRaise(true);
    m_serverIndicator->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_serverIndicator->setAccessibleName(tr("Server state"));
    m_serverIndicator->setToolTip(tr("Show the server"));
    statusBar()->addPermanentWidget(m_serverIndicator);
    connect(m_serverIndicator, &QToolButton::clicked, this,
            [this] { m_tabs->setCurrentIndex(ServerTab); });

    createActions();
    createToolBar();
    createMenus();

    QStatusBar *status = statusBar();
    connect(m_tenants, &TenantsPane::statusMessage, status, &QStatusBar::showMessage);
    connect(m_keys, &KeysPane::statusMessage, status, &QStatusBar::showMessage);
    connect(m_users, &UsersPane::statusMessage, status, &QStatusBar::showMessage);
    connect(m_audit, &AuditPane::statusMessage, status, &QStatusBar::showMessage);
    connect(m_serverPane, &ServerPane::statusMessage, status, &QStatusBar::showMessage);
    connect(m_tenants, &TenantsPane::currentTenantChanged, this, &MainWindow::tenantChanged);
    connect(m_keys, &KeysPane::keysChanged, this, &MainWindow::somethingChanged);
    connect(m_users, &UsersPane::usersChanged, this, &MainWindow::somethingChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_keys->actions().setKeysInView(index == KeysTab);
        if (index == AuditTab)
            m_audit->refresh();
    });
    // A new key is shown where keys are.
    connect(m_keys->actions().newKeyAction(), &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(KeysTab); });
    connect(m_server, &EmbeddedServer::stateChanged, this, &MainWindow::updateServerActions);

    m_tenants->model().refresh();
    restoreSettings();
    updateServerActions();
    noticeExpiringKeys();
}

void MainWindow::noticeExpiringKeys()
{
    const auto counted = m_services.attentionCounts.perTenant(KeyHygiene::Concern::ExpiringSoon,
                                                              KeyTableModel::hygiene());
    if (!counted)
        return; // the tenant list reports the store's trouble
    QList<ExpiryNotice::Tenant> tenants;
    for (auto it = counted->cbegin(); it != counted->cend(); ++it) {
        const auto tenant = m_services.tenants.get(m_operator, it.key());
        tenants.append({it.key(), tenant ? tenant->name : QString::number(it.key()), it.value()});
    }
    m_expiryNotice->setTenants(tenants);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quit = new QAction(ThemeIcon::get(QStringLiteral("application-exit"), QStringLiteral("quit"),
                                        QStyle::SP_DialogCloseButton),
                         tr("&Quit"), this);
    // Platforms without a Quit binding (Windows, bare X11) still get Ctrl+Q.
    m_quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                             ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                             : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_refresh = new QAction(ThemeIcon::get(QStringLiteral("view-refresh"),
                                           QStringLiteral("refresh"), QStyle::SP_BrowserReload),
                            tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Read tenants, keys, users and the audit log again"));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshAll);

    m_find = new QAction(ThemeIcon::get(QStringLiteral("edit-find"), QStringLiteral("search"),
                                        QStyle::SP_FileDialogContentsView),
                         tr("&Filter…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::focusFilter);

    m_startServer =
        new QAction(ThemeIcon::get(QStringLiteral("media-playback-start"),
                                   QStringLiteral("server-start"), QStyle::SP_MediaPlay),
                    tr("&Start Server"), this);
    m_startServer->setStatusTip(tr("Serve the HTTP API from this window"));
    connect(m_startServer, &QAction::triggered, m_serverPane, &ServerPane::startServer);
    m_stopServer = new QAction(ThemeIcon::get(QStringLiteral("media-playback-stop"),
                                              QStringLiteral("server-stop"), QStyle::SP_MediaStop),
                               tr("S&top Server"), this);
    connect(m_stopServer, &QAction::triggered, m_serverPane, &ServerPane::stopServer);
    m_copyBaseUrl = new QAction(tr("Copy &Base URL"), this);
    connect(m_copyBaseUrl, &QAction::triggered, this, [this] {
        ClipboardGuard::copyText(m_server->baseUrl());
        statusBar()->showMessage(tr("Base URL copied"), 3000);
    });

    m_signingKeys = new QAction(tr("Signing &Keys…"), this);
    m_signingKeys->setStatusTip(tr("See, rotate and retire the JWT signing keys"));
    connect(m_signingKeys, &QAction::triggered, this, &MainWindow::showSigningKeys);
    m_scanForLeaks = new QAction(tr("Scan for &Leaked Keys…"), this);
    m_scanForLeaks->setStatusTip(tr("Find Keyward keys left in a folder and revoke the live ones"));
    connect(m_scanForLeaks, &QAction::triggered, this, &MainWindow::showLeakScan);

    m_about = new QAction(ThemeIcon::get(QStringLiteral("help-about"), QStringLiteral("about"),
                                         QStyle::SP_MessageBoxInformation),
                          tr("&About Keyward"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_keys->actions().newKeyAction());
    file->addAction(m_tenants->newTenantAction());
    file->addAction(m_users->newUserAction());
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_keys->actions().copyTokenAction());
    edit->addAction(m_keys->actions().copyIdAction());
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *key = menuBar()->addMenu(tr("&Key"));
    key->addAction(m_keys->actions().newKeyAction());
    key->addSeparator();
    key->addAction(m_keys->actions().toggleAction());
    key->addAction(m_keys->actions().rotateAction());
    key->addAction(m_keys->actions().deleteAction());
    key->addSeparator();
    key->addAction(m_keys->actions().copyTokenAction());
    key->addAction(m_keys->actions().copyIdAction());
    key->addSeparator();
    key->addAction(m_keys->actions().usageAction());

    QMenu *tenant = menuBar()->addMenu(tr("&Tenant"));
    tenant->addAction(m_tenants->newTenantAction());
    tenant->addAction(m_tenants->renameAction());
    tenant->addAction(m_tenants->toggleActiveAction());

    QMenu *user = menuBar()->addMenu(tr("&User"));
    user->addAction(m_users->newUserAction());
    user->addAction(m_users->changeRoleAction());
    user->addAction(m_users->toggleActiveAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addSeparator();
    const QString names[] = {tr("&Keys"), tr("&Users"), tr("&Audit Log"), tr("&Server")};
    for (int tab = 0; tab < 4; ++tab) {
        QAction *show = view->addAction(names[tab]);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(show, &QAction::triggered, this, [this, tab] { m_tabs->setCurrentIndex(tab); });
    }
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->addAction(m_startServer);
    server->addAction(m_stopServer);
    server->addSeparator();
    server->addAction(m_copyBaseUrl);
    server->addSeparator();
    server->addAction(m_signingKeys);

    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->addAction(m_scanForLeaks);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    m_toolBar = tools;
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_keys->actions().newKeyAction());
    tools->addAction(m_keys->actions().copyTokenAction());
    tools->addSeparator();
    tools->addAction(m_keys->actions().toggleAction());
    tools->addAction(m_keys->actions().rotateAction());
    tools->addAction(m_keys->actions().deleteAction());
    tools->addSeparator();
    tools->addAction(m_refresh);
    auto *spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addAction(m_startServer);
    tools->addAction(m_stopServer);
}

void MainWindow::tenantChanged(qint64 tenantId)
{
    const auto tenant = m_tenants->currentTenant();
    m_keys->setTenant(tenant);
    m_users->setTenant(tenant);
    m_audit->setTenant(tenant ? std::optional<qint64>(tenant->id) : std::nullopt,
                       tenant ? tenant->name : QString());
    m_serverPane->setTenant(tenantId);
    const QString store = m_services.storeName();
    setWindowTitle(tenant ? tr("%1 — %2 — Keyward").arg(tenant->name, store)
                          : tr("%1 — Keyward").arg(store));
}

void MainWindow::somethingChanged(qint64 tenantId)
{
    m_tenants->recountKeys(tenantId);
    if (m_tabs->currentIndex() == AuditTab)
        m_audit->refresh();
}

void MainWindow::refreshAll()
{
    m_tenants->refresh(); // reloads the current tenant's keys and users too
    m_audit->refresh();
    statusBar()->showMessage(tr("Refreshed"), 2000);
}

void MainWindow::focusFilter()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_tenants->isAncestorOf(focus)) {
        m_tenants->focusFilter();
        return;
    }
    switch (m_tabs->currentIndex()) {
    case KeysTab:
        m_keys->focusFilter();
        break;
    case UsersTab:
        m_users->focusFilter();
        break;
    case AuditTab:
        m_audit->focusFilter();
        break;
    case ServerTab:
        m_serverPane->focusFilter();
        break;
    }
}

void MainWindow::showSigningKeys()
{
    SigningKeysDialog dialog(m_services, m_operator, this);
    connect(&dialog, &SigningKeysDialog::statusMessage, statusBar(), &QStatusBar::showMessage);
    dialog.exec();
}

void MainWindow::showLeakScan()
{
    LeakScanDialog dialog(m_services, m_operator, this);
    connect(&dialog, &LeakScanDialog::statusMessage, statusBar(), &QStatusBar::showMessage);
    dialog.exec();
    m_keys->refresh();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::updateServerActions()
{
    const EmbeddedServer::State state = m_server->state();
    const bool running =
        state == EmbeddedServer::State::Starting || state == EmbeddedServer::State::Listening;
    m_startServer->setEnabled(!running);
    m_stopServer->setEnabled(running);
    m_copyBaseUrl->setEnabled(state == EmbeddedServer::State::Listening);
    QString text;
    switch (state) {
    case EmbeddedServer::State::Listening:
        text = tr("Serving %1").arg(m_server->baseUrl());
        break;
    case EmbeddedServer::State::Error:
        text = tr("Server error");
        m_serverIndicator->setToolTip(m_server->reason());
        break;
    default:
        text = tr("Server %1").arg(EmbeddedServer::stateText(state).toLower());
        break;
    }
    m_serverIndicator->setText(text);
    m_serverIndicator->setIcon(running ? m_startServer->icon() : m_stopServer->icon());
    if (state == EmbeddedServer::State::Error)
        statusBar()->showMessage(tr("Server error: %1").arg(m_server->reason()), 10000);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size().boundedTo(QSize(1280, 800)));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("mainWindow/tab"), KeysTab).toInt());
    m_tenants->selectTenant(settings.value(QStringLiteral("selection/tenantId"), 0).toLongLong());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/tab"), m_tabs->currentIndex());
    if (const auto tenant = m_tenants->currentTenant())
        settings.setValue(QStringLiteral("selection/tenantId"), tenant->id);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (QSettings().value(QStringLiteral("server/autoStart"), true).toBool())
        QTimer::singleShot(0, m_serverPane, &ServerPane::startServer);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace keyward
