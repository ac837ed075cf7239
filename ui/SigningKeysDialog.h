// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "domain/SigningKeyService.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace keyward {

class Services;

// The JWT signing keys for the operator: which kid signs, which still only
// verify, which are retired; Rotate Now (to the store's algorithm or, chosen
// beside it, another one the store then moves to) and Retire Old Keys, as
// `keyward signing-key` does. Generating a key (RSA can take a while) runs
// off the GUI thread.
class SigningKeysDialog : public QDialog {
    Q_OBJECT
public:
    SigningKeysDialog(Services &services, Actor actor, QWidget *parent = nullptr);
    ~SigningKeysDialog() override;

    QTableWidget *table() const { return m_table; }
    QPushButton *rotateButton() const { return m_rotate; }
    // The algorithm Rotate Now makes its key with; the store's to begin with.
    QComboBox *algorithmChoice() const { return m_algorithm; }
    QPushButton *retireButton() const { return m_retire; }
    bool isRotating() const { return m_rotating.isRunning(); }

    void refresh();
    void rotate();
    void retireOldKeys();

signals:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void rotationFinished();
    // message: a tr() pattern whose %1 is the domain's detail.
    void reportError(const QString &message, const DomainError &error);

    Services &m_services;
    const Actor m_actor;
    QTableWidget *m_table;
    QLabel *m_summary;
    QComboBox *m_algorithm;
    QPushButton *m_rotate;
    QPushButton *m_retire;
    QThreadPool m_generating;
    QFutureWatcher<Outcome<SigningKeyService::Rotation>> m_rotating;
};

} // namespace keyward
