#pragma once

#include "domain/Actor.h"
#include "domain/SigningKeyService.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

class QLabel;
class QPushButton;
class QTableWidget;

namespace keyward {

class Services;

// The JWT signing keys for the operator: which kid signs, which still only
// verify, which are retired; Rotate Now and Retire Old Keys, as
// `keyward signing-key` does. Generating a key (RSA can take a while) runs
// off the GUI thread.
class SigningKeysDialog : public QDialog {
    Q_OBJECT
public:
    SigningKeysDialog(Services &services, Actor actor, QWidget *parent = nullptr);
    ~SigningKeysDialog() override;

    QTableWidget *table() const { return m_table; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *retireButton() const { return m_retire; }
    bool isRotating() const { return m_rotating.isRunning(); }

    void refresh();
    void rotate();
    void retireOldKeys();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void rotationFinished();
    void reportError(const QString &what, const DomainError &error);

    Services &m_services;
    const Actor m_actor;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_rotate;
    QPushButton *m_retire;
    QThreadPool m_generating;
    QFutureWatcher<Outcome<SigningKeyService::Rotation>> m_rotating;
};

} // namespace keyward
