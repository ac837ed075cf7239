// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "entities/ApiKey.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace keyward {

class Services;
class UsageChart;

// Everything about the selected key beside the list: its label and
// description in full, id, prefix, kind, status, permissions, networks, rate
// limit, when it was created, expires and was last used, the keys before and
// after it in a rotation (links that select them), and its last 24 hours of
// use — the chart and what was refused — read from the store shortly after
// the selection settles, not at every row the arrow keys pass.
class KeyDetailsPane : public QWidget {
    Q_OBJECT
public:
    KeyDetailsPane(const Services &services, Actor actor, QWidget *parent = nullptr);

    // `status` is the list's Status text for the key (its standing now).
    void showKey(const std::optional<ApiKey> &key, const QString &status);
    QString text(const QString &field) const;
    QString refusalsText() const;

signals:
    // A rotation link was followed.
    void keyRequested(qint64 keyId);

private:
    QLabel *addField(const QString &name, const QString &title);
    void loadUsage();

    const Services &m_services;
    Actor m_actor;
    std::optional<ApiKey> m_key;
    QStackedWidget *m_stack;
    QFormLayout *m_form;
    UsageChart *m_chart;
    QLabel *m_refusals;
    QTimer m_usageDelay;
};

} // namespace keyward
