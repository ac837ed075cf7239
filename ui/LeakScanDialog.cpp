// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "LeakScanDialog.h"

#include "ConfirmDestructive.h"
#include "domain/Services.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace keyward {

namespace {

// The finding's status in words (LeakScanner::statusName is the CLI's).
QString shownStatus(LeakScanner::Status status)
{
    switch (status) {
    case LeakScanner::Status::Live:
        return LeakScanDialog::tr("live");
    case LeakScanner::Status::Disabled:
        return LeakScanDialog::tr("disabled");
    case LeakScanner::Status::Deleted:
        return LeakScanDialog::tr("deleted");
    case LeakScanner::Status::Expired:
        return LeakScanDialog::tr("expired");
    case LeakScanner::Status::Unknown:
        break;
    }
    return LeakScanDialog::tr("unknown");
}

enum Column { WhereColumn, KeyColumn, IdColumn, LabelColumn, StatusColumn, ColumnCount };

} // namespace

LeakScanDialog::LeakScanDialog(Services &services, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_path(new QLineEdit(QDir::homePath(), this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_scan(new QPushButton(tr("&Scan"), this))
    , m_history(new QCheckBox(tr("Include &git history"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke Live Keys…"), this))
{
    setWindowTitle(tr("Scan for Leaked Keys"));
    setObjectName(QStringLiteral("LeakScanDialog"));
    auto *explanation =
        new QLabel(tr("Looks through a folder for Keyward API keys (binary files, .git folders "
                      "and symbolic links are skipped) and says what each key is now. Only "
                      "masked prefixes are shown."),
                   this);
    explanation->setWordWrap(true);
    auto *pathLabel = new QLabel(tr("&Folder:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setAccessibleName(tr("Folder to scan"));
    m_table->setHorizontalHeaderLabels(
        {tr("Where"), tr("Key"), tr("ID"), tr("Label"), tr("Status")});
    m_table->setAccessibleName(tr("Keys found"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::Stretch);
    m_revoke->setEnabled(false);
    m_revoke->setAutoDefault(false);
    m_scan->setDefault(true);
    m_summary->setText(tr("Choose a folder and scan it."));
    m_history->setToolTip(tr("Also read every commit of the folder's git repository "
                             "(needs git): a key removed from the files may still "
                             "be in its history"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    pathRow->addWidget(m_scan);
    auto *historyRow = new QHBoxLayout;
    historyRow->addSpacing(pathLabel->sizeHint().width() + pathRow->spacing());
    historyRow->addWidget(m_history, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &LeakScanDialog::browse);
    connect(m_scan, &QPushButton::clicked, this, &LeakScanDialog::scan);
    connect(m_revoke, &QPushButton::clicked, this, &LeakScanDialog::revokeLiveKeys);
    connect(&m_scanning, &QFutureWatcher<Scanned>::finished, this, &LeakScanDialog::scanFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(pathRow);
    layout->addLayout(historyRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 110, fontMetrics().height() * 24);
}

LeakScanDialog::~LeakScanDialog()
{
    m_scanning.waitForFinished(); // the scan reads through m_services
}

void LeakScanDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder to Scan"), m_path->text());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void LeakScanDialog::scan()
{
    if (isScanning())
        return;
    const QString path = m_path->text().trimmed();
    if (!QFileInfo(path).exists()) {
        QMessageBox::warning(this, windowTitle(), tr("%1 does not exist.").arg(path));
        return;
    }
    m_busy = true;
    m_scan->setEnabled(false);
    m_revoke->setEnabled(false);
    m_summary->setText(tr("Scanning %1…").arg(path));
    const Database &database = *m_services.database;
    const Clock &clock = *m_services.clock;
    m_scanning.setFuture(
        QtConcurrent::run([&database, &clock, path, history = m_history->isChecked()]() -> Scanned {
            const LeakScanner scanner(database, clock);
            auto found = scanner.scan({path});
            if (!found)
                return tr("the key store cannot be read: %1").arg(found.error().detail);
            if (history) {
                const auto past = scanner.scanHistory(path);
                if (!past)
                    return past.error();
                *found << *past;
            }
            return *found;
        }));
}

void LeakScanDialog::scanFinished()
{
    m_busy = false;
    m_scan->setEnabled(true);
    const Scanned scanned = m_scanning.result();
    if (!scanned) {
        m_summary->setText(tr("The scan did not finish."));
        QMessageBox::warning(this, windowTitle(), tr("Could not scan: %1").arg(scanned.error()));
        return;
    }
    m_findings = *scanned;
    showFindings(m_findings);
}

void LeakScanDialog::showFindings(const QList<LeakScanner::Finding> &findings)
{
    m_table->setRowCount(0);
    int live = 0;
    for (const LeakScanner::Finding &finding : findings) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString where = QStringLiteral("%1:%2").arg(LeakScanner::placeOf(finding),
                                                          QString::number(finding.column));
        m_table->setItem(row, WhereColumn, new QTableWidgetItem(where));
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(QString::fromLatin1(finding.masked)));
        m_table->setItem(
            row, IdColumn,
            new QTableWidgetItem(finding.keyId ? QString::number(*finding.keyId) : QString()));
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(finding.label));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(shownStatus(finding.status)));
        if (finding.status == LeakScanner::Status::Live)
            ++live;
    }
    m_revoke->setEnabled(live > 0);
    if (findings.isEmpty())
        m_summary->setText(tr("No Keyward keys found."));
    else if (findings.size() == 1)
        m_summary->setText(tr("1 key found, %1 live.").arg(live));
    else
        m_summary->setText(tr("%1 keys found, %2 live.").arg(findings.size()).arg(live));
}

void LeakScanDialog::revokeLiveKeys()
{
    if (!confirmDestructive(this, tr("Revoke Live Keys"), tr("Disable every live key found?"),
                            tr("Services using them are refused from now on; each "
                               "revocation is recorded in the audit log with the "
                               "place the key was found."),
                            tr("&Revoke")))
        return;
    const auto revocation =
        LeakScanner::revokeLive(m_findings, m_services.keys, m_services.audit, m_actor);
    LeakScanner::markRevoked(m_findings, revocation);
    showFindings(m_findings);
    if (!revocation.failures.isEmpty())
        QMessageBox::warning(this, windowTitle(),
                             tr("Some keys were not disabled:\n%1")
                                 .arg(revocation.failures.join(QLatin1Char('\n'))));
    emit statusMessage(revocation.revoked.size() == 1
                           ? tr("Revoked 1 leaked key")
                           : tr("Revoked %1 leaked keys").arg(revocation.revoked.size()),
                       5000);
}

} // namespace keyward
