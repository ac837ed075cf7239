// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/LeakScanner.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace keyward {

class Services;

// Tools ▸ Scan for Leaked Keys…: a folder scanned for Keyward keys as
// `keyward scan` does (off the GUI thread), each finding with where it is
// and what the key is now, and Revoke Live Keys disabling every live one
// with an audit event naming the place. With Include Git History, the
// folder's git history too (every commit reachable from any ref), each key
// at the commit that first added it, as `keyward scan --git`.
class LeakScanDialog : public QDialog {
    Q_OBJECT
public:
    LeakScanDialog(Services &services, Actor actor, QWidget *parent = nullptr);
    ~LeakScanDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *scanButton() const { return m_scan; }
    QCheckBox *historyBox() const { return m_history; }
    QPushButton *revokeButton() const { return m_revoke; }
    QTableWidget *table() const { return m_table; }
    // From Scan until its findings are shown.
    bool isScanning() const { return m_busy; }

    void scan();
    void revokeLiveKeys();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    using Scanned = Result<QList<LeakScanner::Finding>, QString>;
    void browse();
    void scanFinished();
    void showFindings(const QList<LeakScanner::Finding> &findings);

    Services &m_services;
    const Actor m_actor;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_scan;
    QCheckBox *m_history;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_revoke;
    QList<LeakScanner::Finding> m_findings;
    QFutureWatcher<Scanned> m_scanning;
    bool m_busy = false;
};

} // namespace keyward
