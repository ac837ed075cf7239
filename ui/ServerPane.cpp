// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ServerPane.h"

#include "ClipboardGuard.h"
#include "EmphasisProxyModel.h"
#include "ThemeIcon.h"
#include "itemmodels/RequestLogModel.h"
#include "itemmodels/SearchFilterModel.h"
#include "ui_ServerPane.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QSettings>

namespace keyward {

ServerPane::ServerPane(EmbeddedServer &server, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerPane>())
    , m_server(server)
    , m_filter(new SearchFilterModel(this))
    , m_emphasis(new EmphasisProxyModel(this))
{
    setObjectName(QStringLiteral("ServerPane"));
    m_ui->setupUi(this);

    const QSettings settings;
    m_ui->hostEdit->setText(
        settings.value(QStringLiteral("server/host"), defaultHost()).toString());
    m_ui->portSpin->setValue(settings.value(QStringLiteral("server/port"), defaultPort).toInt());
    m_ui->autoStartCheck->setChecked(
        settings.value(QStringLiteral("server/autoStart"), true).toBool());

    m_ui->startButton->setIcon(ThemeIcon::get(QStringLiteral("media-playback-start"),
                                              QStringLiteral("server-start"),
                                              QStyle::SP_MediaPlay));
    m_ui->stopButton->setIcon(ThemeIcon::get(QStringLiteral("media-playback-stop"),
                                             QStringLiteral("server-stop"), QStyle::SP_MediaStop));
    const QIcon copy = ThemeIcon::get(QStringLiteral("edit-copy"), QStringLiteral("copy"),
                                      QStyle::SP_FileLinkIcon);
    m_ui->copyUrlButton->setIcon(copy);
    m_ui->copyCurlButton->setIcon(copy);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->curlEdit->setFont(fixed);
    m_ui->curlEdit->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QLatin1Char('x')) * 60);
    m_ui->curlEdit->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 14);

    m_filter->setSourceModel(&m_server.requestLog());
    m_emphasis->setSourceModel(m_filter);
    QTreeView *view = m_ui->requestView;
    view->setModel(m_emphasis);
    view->header()->setSortIndicatorClearable(true);
    view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(RequestLogModel::TimeColumn, digit * 16);
    view->setColumnWidth(RequestLogModel::MethodColumn, digit * 9);
    view->setColumnWidth(RequestLogModel::PathColumn, digit * 40);
    view->setColumnWidth(RequestLogModel::StatusColumn, digit * 9);
    view->setColumnWidth(RequestLogModel::LatencyColumn, digit * 10);

    connect(m_ui->startButton, &QPushButton::clicked, this, &ServerPane::startServer);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ServerPane::stopServer);
    connect(m_ui->autoStartCheck, &QCheckBox::toggled, this, [this] { saveSettings(); });
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &ServerPane::updateCurl);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ServerPane::updateCurl);
    connect(m_ui->copyUrlButton, &QToolButton::clicked, this, [this] {
        if (m_ui->baseUrlEdit->text().isEmpty())
            return;
        ClipboardGuard::copyText(m_ui->baseUrlEdit->text());
        emit statusMessage(tr("Base URL copied"), 3000);
    });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, [this] {
        ClipboardGuard::copyText(curlExample());
        emit statusMessage(tr("curl example copied"), 3000);
    });
    connect(m_ui->requestFilter, &QLineEdit::textChanged, m_filter,
            &SearchFilterModel::setSearchText);
    connect(m_ui->clearLogButton, &QPushButton::clicked, this, [this] {
        m_server.requestLog().clear();
        updateRequestCount();
    });
    connect(m_emphasis, &QAbstractItemModel::rowsInserted, this, [this] {
        updateRequestCount();
        if (m_ui->followCheck->isChecked())
            m_ui->requestView->scrollToBottom();
    });
    connect(m_emphasis, &QAbstractItemModel::rowsRemoved, this, &ServerPane::updateRequestCount);
    connect(&m_server, &EmbeddedServer::stateChanged, this, &ServerPane::showState);

    showState(m_server.state(), m_server.reason(), m_server.port());
    updateRequestCount();
}

ServerPane::~ServerPane() = default;

QString ServerPane::host() const
{
    const QString typed = m_ui->hostEdit->text().trimmed();
    return typed.isEmpty() ? defaultHost() : typed;
}

quint16 ServerPane::port() const
{
    return quint16(m_ui->portSpin->value());
}

void ServerPane::setHost(const QString &host)
{
    m_ui->hostEdit->setText(host);
}

void ServerPane::setPort(quint16 port)
{
    m_ui->portSpin->setValue(port);
}

void ServerPane::setTenant(qint64 tenantId)
{
    m_tenantId = tenantId > 0 ? tenantId : 1;
    updateCurl();
}

void ServerPane::startServer()
{
    saveSettings();
    m_server.start(host(), port());
}

void ServerPane::stopServer()
{
    m_server.stop();
}

void ServerPane::focusFilter()
{
    m_ui->requestFilter->setFocus(Qt::ShortcutFocusReason);
    m_ui->requestFilter->selectAll();
}

void ServerPane::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("server/host"), host());
    settings.setValue(QStringLiteral("server/port"), int(port()));
    settings.setValue(QStringLiteral("server/autoStart"), m_ui->autoStartCheck->isChecked());
}

void ServerPane::showState(EmbeddedServer::State state, const QString &reason, quint16 port)
{
    const bool running =
        state == EmbeddedServer::State::Starting || state == EmbeddedServer::State::Listening;
    m_ui->startButton->setEnabled(!running);
    m_ui->stopButton->setEnabled(running);
    m_ui->hostEdit->setEnabled(!running);
    m_ui->portSpin->setEnabled(!running);

    QString text;
    QIcon icon;
    switch (state) {
    case EmbeddedServer::State::Stopped:
        text = tr("Stopped");
        icon = ThemeIcon::get(QStringLiteral("media-playback-stop"), QStringLiteral("server-stop"),
                              QStyle::SP_MediaStop);
        break;
    case EmbeddedServer::State::Starting:
        text = tr("Starting…");
        icon = ThemeIcon::get(QStringLiteral("media-playback-start"),
                              QStringLiteral("server-start"), QStyle::SP_MediaPlay);
        break;
    case EmbeddedServer::State::Listening:
        text = tr("Listening on port %1").arg(port);
        icon = ThemeIcon::get(QStringLiteral("media-playback-start"),
                              QStringLiteral("server-start"), QStyle::SP_MediaPlay);
        break;
    case EmbeddedServer::State::Error:
        text = tr("Error: %1").arg(reason);
        icon = ThemeIcon::get(QStringLiteral("dialog-warning"), QStringLiteral("warning"),
                              QStyle::SP_MessageBoxWarning);
        break;
    }
    m_ui->stateLabel->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->stateIcon->setPixmap(icon.pixmap(size, size));
    m_ui->baseUrlEdit->setText(m_server.baseUrl());
    updateCurl();
}

QString ServerPane::curlExample() const
{
    QString base = m_server.baseUrl();
    if (base.isEmpty())
        base = QStringLiteral("http://%1:%2").arg(host()).arg(port());
    // Seed 001's complete flow, runnable as pasted (bash, curl, jq). Only the
    // comments are translated: the commands must stay as they are.
    return QStringLiteral(
               "BASE=%1\n"
               "# 1. %3\n"
               "TENANT_API_KEY=$(curl -s \"$BASE/api/ApiKey/%2/apikey\" | jq -r '.data.key')\n"
               "# 2. %4\n"
               "curl -s \"$BASE/api/Token/generate-from-apikey\" -H \"x-api-key: "
               "$TENANT_API_KEY\"\n"
               "# 3. %5\n"
               "JWT_TOKEN=$(curl -s -X POST \"$BASE/api/Token/generate\" \\\n"
               "  -H \"x-api-key: $TENANT_API_KEY\" -H \"Content-Type: application/json\" \\\n"
               "  -d '{\"email\": \"user@example.com\", \"password\": \"password\"}' "
               "| jq -r '.data')\n"
               "# 4. %6\n"
               "curl -s \"$BASE/api/User/getAll\" -H \"x-api-key: $TENANT_API_KEY\" \\\n"
               "  -H \"Authorization: Bearer $JWT_TOKEN\"\n")
        .arg(base, QString::number(m_tenantId),
             //: a comment line of the curl example (a shell script)
             tr("Discover the tenant's API key (anonymous)"),
             //: a comment line of the curl example (a shell script)
             tr("Check that the key works: exchange it for a JWT"),
             //: a comment line of the curl example (a shell script)
             tr("Log a user of the tenant in"),
             //: a comment line of the curl example (a shell script)
             tr("Call a protected endpoint with both"));
}

void ServerPane::updateCurl()
{
    m_ui->curlEdit->setPlainText(curlExample());
}

void ServerPane::updateRequestCount()
{
    const RequestLogModel &log = m_server.requestLog();
    m_ui->requestCountLabel->setText(
        log.totalSeen() > log.rowCount()
            ? tr("last %1 of %2 requests")
                  .arg(QLocale().toString(log.rowCount()), QLocale().toString(log.totalSeen()))
            : tr("%1 requests").arg(QLocale().toString(log.rowCount())));
}

} // namespace keyward
