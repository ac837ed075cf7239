#pragma once

#include "domain/Actor.h"
#include "domain/LeakScanner.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace keyward {

class Services;

// Tools ▸ Scan for Leaked Keys…: a folder scanned for Keyward keys as
// `keyward scan` does (off the GUI thread), each finding with where it is
// and what the key is now, and Revoke Live Keys disabling every live one
// with an audit event naming the place. (History scanning, --git, is the
// command line's.)
class LeakScanDialog : public QDialog {
    Q_OBJECT
public:
    LeakScanDialog(Services &services, Actor actor, QWidget *parent = nullptr);
    ~LeakScanDialog() override;

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *revokeButton() const { return m_revoke; }
    QTableWidget *table() const { return m_table; }
    bool isScanning() const { return m_scanning.isRunning(); }

    void scan();
    void revokeLiveKeys();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    using Scanned = Result<QList<LeakScanner::Finding>, StoreError>;
    void browse();
    void scanFinished();
    void showFindings(const QList<LeakScanner::Finding> &findings);

    Services &m_services;
    const Actor m_actor;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_scan;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_revoke;
    QList<LeakScanner::Finding> m_findings;
    QFutureWatcher<Scanned> m_scanning;
};

} // namespace keyward
