// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeyUsageDialog.h"

#include "UsageChart.h"
#include "domain/Services.h"
#include "itemmodels/ShownTime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward {

KeyUsageDialog::KeyUsageDialog(const Services &services, Actor actor, const ApiKey &key,
                               QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_key(key)
    , m_span(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_chart(new UsageChart(this))
    , m_addresses(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("KeyUsageDialog"));
    setWindowTitle(tr("Usage of %1").arg(key.name));
    m_span->addItem(tr("Last 24 hours, by hour"), QStringLiteral("24h"));
    m_span->addItem(tr("Last 7 days, by hour"), QStringLiteral("168h"));
    m_span->addItem(tr("Last 30 days, by day"), QStringLiteral("30d"));
    m_span->addItem(tr("Last 90 days, by day"), QStringLiteral("90d"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setColumnCount(3);
    m_addresses->setHeaderLabels({tr("Address"), tr("Last seen"), tr("Last outcome")});
    m_addresses->setRootIsDecorated(false);
    m_addresses->setAccessibleName(tr("Recent addresses"));
    m_addresses->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addresses->setMaximumHeight(m_addresses->fontMetrics().height() * 8);

    auto *identity = new QLabel(
        tr("%1 · %2… · id %3").arg(key.name, key.displayPrefix, QString::number(key.id)), this);
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), identity);
    form->addRow(tr("&Period:"), m_span);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_totals);
    layout->addWidget(m_chart, 1);
    layout->addWidget(new QLabel(tr("Recently presented from:"), this));
    layout->addWidget(m_addresses);
    layout->addWidget(buttons);

    connect(m_span, &QComboBox::currentIndexChanged, this, &KeyUsageDialog::reload);
    reload();
}

void KeyUsageDialog::reload()
{
    const auto span = UsageSpan::parse(m_span->currentData().toString());
    const auto report = m_services.keyUsage.report(m_actor, m_key.id, *span);
    m_addresses->clear();
    if (!report) {
        m_totals->setText(tr("The usage cannot be read: %1").arg(report.error().said.translated()));
        m_chart->setReport(KeyUsageReport::gather(m_key.id, *span, m_services.clock->now(), {}));
        return;
    }
    const QString refusals = UsageChart::refusalsByReason(*report);
    m_totals->setText(
        refusals.isEmpty()
            ? tr("%1 accepted, none refused.").arg(QLocale().toString(report->accepted))
            : tr("%1 accepted, %2 refused (%3).")
                  .arg(QLocale().toString(report->accepted),
                       QLocale().toString(report->refusedTotal()), refusals));
    m_chart->setReport(*report);
    for (const auto &sighting : report->recentAddresses) {
        auto *item = new QTreeWidgetItem(
            m_addresses, {sighting.address, ShownTime::of(sighting.lastSeen), sighting.outcome});
        item->setToolTip(1, ShownTime::iso(sighting.lastSeen));
    }
}

} // namespace keyward
