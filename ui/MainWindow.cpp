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
#include "MainMenus.h"
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
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
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

    m_menus = new MainMenus(*this);

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
    connect(m_server, &EmbeddedServer::stateChanged, this, &MainWindow::updateServerIndicator);

    m_tenants->model().refresh();
    restoreSettings();
    updateServerIndicator();
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

QAction *MainWindow::signingKeysAction() const
{
    return m_menus->signingKeysAction();
}

QAction *MainWindow::scanForLeaksAction() const
{
    return m_menus->scanForLeaksAction();
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

void MainWindow::updateServerIndicator()
{
    const EmbeddedServer::State state = m_server->state();
    const bool running =
        state == EmbeddedServer::State::Starting || state == EmbeddedServer::State::Listening;
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
    m_serverIndicator->setIcon(running ? m_menus->startServerAction()->icon()
                                       : m_menus->stopServerAction()->icon());
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
