// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "KeyDetailsPane.h"

#include "UsageChart.h"
#include "domain/Services.h"
#include "itemmodels/KeyTableModel.h"
#include "itemmodels/ShownTime.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace keyward {

namespace {

constexpr int usageDelayMs = 150;

QString keyLink(qint64 id)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(id)
        .arg(KeyDetailsPane::tr("key %1").arg(id));
}

QString momentText(const QDateTime &time, const QString &none)
{
    return time.isValid() ? ShownTime::of(time) : none;
}

} // namespace

KeyDetailsPane::KeyDetailsPane(const Services &services, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(std::move(actor))
    , m_stack(new QStackedWidget(this))
    , m_form(new QFormLayout)
    , m_chart(new UsageChart(this))
    , m_refusals(new QLabel(this))
{
    setObjectName(QStringLiteral("KeyDetailsPane"));
    setAccessibleName(tr("Key details"));
    auto *placeholder = new QLabel(tr("Select a key to see its details."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);

    auto *details = new QWidget(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(QStringLiteral("label"), tr("Label:"));
    addField(QStringLiteral("description"), tr("Description:"));
    addField(QStringLiteral("id"), tr("Id:"));
    addField(QStringLiteral("prefix"), tr("Prefix:"));
    addField(QStringLiteral("kind"), tr("Kind:"));
    addField(QStringLiteral("status"), tr("Status:"));
    addField(QStringLiteral("permissions"), tr("Permissions:"));
    addField(QStringLiteral("networks"), tr("Allowed networks:"));
    addField(QStringLiteral("rateLimit"), tr("Rate limit:"));
    addField(QStringLiteral("created"), tr("Created:"));
    addField(QStringLiteral("expires"), tr("Expires:"));
    addField(QStringLiteral("lastUsed"), tr("Last used:"));
    QLabel *rotation = addField(QStringLiteral("rotation"), tr("Rotation:"));
    rotation->setTextFormat(Qt::RichText);
    rotation->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(rotation, &QLabel::linkActivated, this,
            [this](const QString &link) { emit keyRequested(link.toLongLong()); });

    m_refusals->setObjectName(QStringLiteral("refusals"));
    m_refusals->setWordWrap(true);
    m_refusals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *usage = new QVBoxLayout;
    usage->addWidget(new QLabel(tr("Last 24 hours:"), this));
    usage->addWidget(m_chart, 1);
    usage->addWidget(m_refusals);
    auto *columns = new QHBoxLayout(details);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(m_form, 1);
    columns->addLayout(usage, 1);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_usageDelay.setSingleShot(true);
    m_usageDelay.setInterval(usageDelayMs);
    connect(&m_usageDelay, &QTimer::timeout, this, &KeyDetailsPane::loadUsage);
}

QLabel *KeyDetailsPane::addField(const QString &name, const QString &title)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *label = new QLabel(title, this);
    label->setBuddy(value);
    m_form->addRow(label, value);
    return value;
}

QString KeyDetailsPane::text(const QString &field) const
{
    const auto *value = findChild<QLabel *>(field);
    return value ? value->text() : QString();
}

QString KeyDetailsPane::refusalsText() const
{
    return m_refusals->text();
}

void KeyDetailsPane::showKey(const std::optional<ApiKey> &key, const QString &status)
{
    const bool sameKey = key && m_key && key->id == m_key->id;
    m_key = key;
    m_stack->setCurrentIndex(key ? 1 : 0);
    if (!key) {
        m_usageDelay.stop();
        return;
    }
    const auto set = [this](const QString &field, const QString &value) {
        findChild<QLabel *>(field)->setText(value);
    };
    set(QStringLiteral("label"), key->name);
    set(QStringLiteral("description"), key->description.isEmpty() ? tr("none") : key->description);
    set(QStringLiteral("id"), QString::number(key->id));
    set(QStringLiteral("prefix"), KeyTableModel::prefixText(*key));
    set(QStringLiteral("kind"), KeyTableModel::kindText(*key));
    set(QStringLiteral("status"), status);
    set(QStringLiteral("permissions"),
        key->permissions.isEmpty() ? tr("none") : key->permissions.join(QStringLiteral(", ")));
    set(QStringLiteral("networks"), KeyTableModel::networksText(*key));
    set(QStringLiteral("rateLimit"),
        key->rateLimitPerMinute
            ? tr("%1 per minute").arg(QLocale().toString(*key->rateLimitPerMinute))
            : tr("none"));
    const auto setTime = [this](const QString &field, const QDateTime &time, const QString &shown) {
        auto *value = findChild<QLabel *>(field);
        value->setText(shown);
        value->setToolTip(ShownTime::iso(time));
    };
    setTime(QStringLiteral("created"), key->createdAt, ShownTime::of(key->createdAt));
    setTime(QStringLiteral("expires"), key->expiresAt, momentText(key->expiresAt, tr("never")));
    setTime(QStringLiteral("lastUsed"), key->lastUsedAt,
            key->lastUsedAt.isValid()
                ? tr("%1 (%2 uses)")
                      .arg(ShownTime::of(key->lastUsedAt), QLocale().toString(key->useCount))
                : tr("never"));
    QStringList lineage;
    if (key->rotatedFromId)
        lineage << tr("replaces %1").arg(keyLink(*key->rotatedFromId));
    if (key->supersededById)
        lineage << tr("replaced by %1").arg(keyLink(*key->supersededById));
    set(QStringLiteral("rotation"),
        lineage.isEmpty() ? tr("not rotated") : lineage.join(QStringLiteral("; ")));
    if (!sameKey)
        m_refusals->clear();
    m_usageDelay.start();
}

void KeyDetailsPane::loadUsage()
{
    if (!m_key)
        return;
    const UsageSpan span; // the last 24 hours, by hour
    const auto report = m_services.keyUsage.report(m_actor, m_key->id, span);
    if (!report) {
        m_chart->setReport(KeyUsageReport::gather(m_key->id, span, m_services.clock->now(), {}));
        m_refusals->setText(
            tr("The usage cannot be read: %1").arg(report.error().said.translated()));
        return;
    }
    m_chart->setReport(*report);
    const QString refusals = UsageChart::refusalsByReason(*report);
    QStringList refusedFrom;
    for (const auto &sighting : report->recentAddresses) {
        if (sighting.outcome != QLatin1String("accepted"))
            refusedFrom << tr("%1 (%2, %3)")
                               .arg(sighting.address, sighting.outcome,
                                    ShownTime::of(sighting.lastSeen));
    }
    QString text =
        refusals.isEmpty()
            ? tr("%1 accepted, none refused.").arg(QLocale().toString(report->accepted))
            : tr("%1 accepted; refused: %2.").arg(QLocale().toString(report->accepted), refusals);
    if (!refusedFrom.isEmpty())
        text += QLatin1Char('\n') +
                tr("Last refused from: %1").arg(refusedFrom.join(QStringLiteral("; ")));
    m_refusals->setText(text);
}

} // namespace keyward
