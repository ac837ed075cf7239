// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Actor.h"
#include "entities/ApiKey.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace keyward {

class Services;
class UsageChart;

// Keys ▸ Show Usage…: how one key was used and refused over the last 24
// hours (hourly bars) or 30 days (daily), the totals by reason, and the
// addresses it was last presented from — what `keyward key usage` and
// GET /api/ApiKey/{id}/usage report.
class KeyUsageDialog : public QDialog {
    Q_OBJECT
public:
    KeyUsageDialog(const Services &services, Actor actor, const ApiKey &key,
                   QWidget *parent = nullptr);

    QComboBox *spanBox() const { return m_span; }
    QLabel *totalsLabel() const { return m_totals; }
    UsageChart *chart() const { return m_chart; }
    QTreeWidget *addresses() const { return m_addresses; }

    // Reads the report again for the chosen span.
    void reload();

private:
    const Services &m_services;
    const Actor m_actor;
    const ApiKey m_key;
    QComboBox *m_span;
    QLabel *m_totals;
    UsageChart *m_chart;
    QTreeWidget *m_addresses;
};

} // namespace keyward
