// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "MainMenus.h"

#include "ClipboardGuard.h"
#include "EmbeddedServer.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "MainWindow.h"
#include "ServerPane.h"
#include "TenantsPane.h"
#include "ThemeIcon.h"
#include "UsersPane.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace keyward {

MainMenus::MainMenus(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    createActions();
    createToolBar();
    createMenus();
    connect(&m_window.server(), &EmbeddedServer::stateChanged, this,
            &MainMenus::updateServerActions);
    updateServerActions();
}

void MainMenus::createActions()
{
    m_quit = new QAction(ThemeIcon::get(QStringLiteral("application-exit"), QStringLiteral("quit"),
                                        QStyle::SP_DialogCloseButton),
                         MainWindow::tr("&Quit"), this);
    // Platforms without a Quit binding (Windows, bare X11) still get Ctrl+Q.
    m_quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                             ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                             : QKeySequence::keyBindings(QKeySequence::Quit));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, &m_window, &QWidget::close);

    m_refresh = new QAction(ThemeIcon::get(QStringLiteral("view-refresh"),
                                           QStringLiteral("refresh"), QStyle::SP_BrowserReload),
                            MainWindow::tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(MainWindow::tr("Read tenants, keys, users and the audit log again"));
    connect(m_refresh, &QAction::triggered, &m_window, &MainWindow::refreshAll);

    m_find = new QAction(ThemeIcon::get(QStringLiteral("edit-find"), QStringLiteral("search"),
                                        QStyle::SP_FileDialogContentsView),
                         MainWindow::tr("&Filter…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, &m_window, &MainWindow::focusFilter);

    m_startServer =
        new QAction(ThemeIcon::get(QStringLiteral("media-playback-start"),
                                   QStringLiteral("server-start"), QStyle::SP_MediaPlay),
                    MainWindow::tr("&Start Server"), this);
    m_startServer->setStatusTip(MainWindow::tr("Serve the HTTP API from this window"));
    connect(m_startServer, &QAction::triggered, m_window.serverPane(), &ServerPane::startServer);
    m_stopServer = new QAction(ThemeIcon::get(QStringLiteral("media-playback-stop"),
                                              QStringLiteral("server-stop"), QStyle::SP_MediaStop),
                               MainWindow::tr("S&top Server"), this);
    connect(m_stopServer, &QAction::triggered, m_window.serverPane(), &ServerPane::stopServer);
    m_copyBaseUrl = new QAction(MainWindow::tr("Copy &Base URL"), this);
    connect(m_copyBaseUrl, &QAction::triggered, this, [this] {
        ClipboardGuard::copyText(m_window.server().baseUrl());
        m_window.statusBar()->showMessage(MainWindow::tr("Base URL copied"), 3000);
    });

    m_signingKeys = new QAction(MainWindow::tr("Signing &Keys…"), this);
    m_signingKeys->setStatusTip(MainWindow::tr("See, rotate and retire the JWT signing keys"));
    connect(m_signingKeys, &QAction::triggered, &m_window, &MainWindow::showSigningKeys);
    m_scanForLeaks = new QAction(MainWindow::tr("Scan for &Leaked Keys…"), this);
    m_scanForLeaks->setStatusTip(
        MainWindow::tr("Find Keyward keys left in a folder and revoke the live ones"));
    connect(m_scanForLeaks, &QAction::triggered, &m_window, &MainWindow::showLeakScan);

    m_about = new QAction(ThemeIcon::get(QStringLiteral("help-about"), QStringLiteral("about"),
                                         QStyle::SP_MessageBoxInformation),
                          MainWindow::tr("&About Keyward"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, &m_window, &MainWindow::showAbout);
    m_aboutQt = new QAction(MainWindow::tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainMenus::createToolBar()
{
    const KeyActions &keys = m_window.keysPane()->actions();
    QToolBar *tools = m_window.addToolBar(MainWindow::tr("Main Toolbar"));
    m_toolBar = tools;
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(keys.newKeyAction());
    tools->addAction(keys.copyTokenAction());
    tools->addSeparator();
    tools->addAction(keys.toggleAction());
    tools->addAction(keys.rotateAction());
    tools->addAction(keys.deleteAction());
    tools->addSeparator();
    tools->addAction(m_refresh);
    auto *spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addAction(m_startServer);
    tools->addAction(m_stopServer);
}

void MainMenus::createMenus()
{
    const KeyActions &keys = m_window.keysPane()->actions();
    TenantsPane *tenants = m_window.tenantsPane();
    UsersPane *users = m_window.usersPane();
    QMenuBar *bar = m_window.menuBar();

    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    file->addAction(keys.newKeyAction());
    file->addAction(tenants->newTenantAction());
    file->addAction(users->newUserAction());
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = bar->addMenu(MainWindow::tr("&Edit"));
    edit->addAction(keys.copyTokenAction());
    edit->addAction(keys.copyIdAction());
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *key = bar->addMenu(MainWindow::tr("&Key"));
    key->addAction(keys.newKeyAction());
    key->addSeparator();
    key->addAction(keys.toggleAction());
    key->addAction(keys.rotateAction());
    key->addAction(keys.deleteAction());
    key->addSeparator();
    key->addAction(keys.copyTokenAction());
    key->addAction(keys.copyIdAction());
    key->addSeparator();
    key->addAction(keys.usageAction());

    QMenu *tenant = bar->addMenu(MainWindow::tr("&Tenant"));
    tenant->addAction(tenants->newTenantAction());
    tenant->addAction(tenants->renameAction());
    tenant->addAction(tenants->toggleActiveAction());

    QMenu *user = bar->addMenu(MainWindow::tr("&User"));
    user->addAction(users->newUserAction());
    user->addAction(users->changeRoleAction());
    user->addAction(users->toggleActiveAction());

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    view->addAction(m_refresh);
    view->addSeparator();
    // The tabs in MainWindow's order, under the same titles.
    const QString names[] = {MainWindow::tr("&Keys"), MainWindow::tr("&Users"),
                             MainWindow::tr("&Audit Log"), MainWindow::tr("&Server")};
    for (int tab = 0; tab < 4; ++tab) {
        QAction *show = view->addAction(names[tab]);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(show, &QAction::triggered, this,
                [this, tab] { m_window.tabs()->setCurrentIndex(tab); });
    }
    view->addSeparator();
    view->addAction(m_toolBar->toggleViewAction());

    QMenu *server = bar->addMenu(MainWindow::tr("&Server"));
    server->addAction(m_startServer);
    server->addAction(m_stopServer);
    server->addSeparator();
    server->addAction(m_copyBaseUrl);
    server->addSeparator();
    server->addAction(m_signingKeys);

    QMenu *tools = bar->addMenu(MainWindow::tr("T&ools"));
    tools->addAction(m_scanForLeaks);

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainMenus::updateServerActions()
{
    const EmbeddedServer::State state = m_window.server().state();
    const bool running =
        state == EmbeddedServer::State::Starting || state == EmbeddedServer::State::Listening;
    m_startServer->setEnabled(!running);
    m_stopServer->setEnabled(running);
    m_copyBaseUrl->setEnabled(state == EmbeddedServer::State::Listening);
}

} // namespace keyward
