// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "UsageChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>
#include <numeric>

namespace keyward {

namespace {

qint64 refusedIn(const KeyUsageReport::Bucket &bucket)
{
    return std::accumulate(bucket.refused.cbegin(), bucket.refused.cend(), qint64(0));
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Usage chart"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QString UsageChart::refusalsByReason(const KeyUsageReport &report)
{
    QStringList refusals;
    for (auto it = report.refused.cbegin(); it != report.refused.cend(); ++it)
        refusals << tr("%1 %2").arg(QLocale().toString(it.value()), it.key());
    return refusals.join(QStringLiteral(", "));
}

void UsageChart::setReport(const KeyUsageReport &report)
{
    m_report = report;
    setAccessibleDescription(
        tr("%1 accepted and %2 refused since %3")
            .arg(report.accepted)
            .arg(report.refusedTotal())
            .arg(QLocale().toString(report.since.toLocalTime(), QLocale::ShortFormat)));
    update();
}

QColor UsageChart::acceptedColor() const
{
    return palette().color(QPalette::Highlight);
}

QColor UsageChart::refusedColor() const
{
    // A red that reads on light and dark palettes alike.
    return QColor(0xd0, 0x3b, 0x2f);
}

QSize UsageChart::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70, fontMetrics().height() * 12};
}

QSize UsageChart::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30, fontMetrics().height() * 7};
}

qint64 UsageChart::tallest() const
{
    qint64 most = 0;
    for (const auto &bucket : m_report.buckets)
        most = qMax(most, bucket.accepted + refusedIn(bucket));
    return most;
}

QRect UsageChart::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const int left = metrics.horizontalAdvance(QLocale().toString(qMax<qint64>(tallest(), 10))) +
                     metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    const int top = metrics.height() * 2; // the legend
    const int bottom = metrics.height() + metrics.height() / 2;
    return rect().adjusted(left, top, -metrics.horizontalAdvance(QLatin1Char('x')), -bottom);
}

int UsageChart::bucketAt(int x) const
{
    const QRect area = plotArea();
    const int count = int(m_report.buckets.size());
    if (count == 0 || x < area.left() || x > area.right())
        return -1;
    return qBound(0, int(qint64(x - area.left()) * count / qMax(1, area.width())), count - 1);
}

QString UsageChart::bucketLabel(int bucket) const
{
    const QDateTime start = m_report.buckets.at(bucket).start.toLocalTime();
    if (m_report.span.unit == UsageSpan::Unit::Days)
        return QLocale().toString(start.date(), QStringLiteral("d MMM"));
    // Whole hours need no seconds, whatever the locale's short format says.
    QString hours = QLocale().timeFormat(QLocale::ShortFormat);
    hours.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return QLocale().toString(start.time(), hours);
}

QString UsageChart::describe(int bucket) const
{
    const auto &counts = m_report.buckets.at(bucket);
    const QDateTime start = counts.start.toLocalTime();
    QString text = m_report.span.unit == UsageSpan::Unit::Hours
                       ? tr("%1, from %2")
                             .arg(QLocale().toString(start.date(), QLocale::ShortFormat),
                                  QLocale().toString(start.time(), QLocale::ShortFormat))
                       : QLocale().toString(start.date(), QLocale::LongFormat);
    text += QLatin1Char('\n') + tr("%n accepted", nullptr, int(counts.accepted));
    for (auto it = counts.refused.cbegin(); it != counts.refused.cend(); ++it)
        text += QLatin1Char('\n') + tr("%1 refused: %2").arg(QString::number(it.value()), it.key());
    return text;
}

bool UsageChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int bucket = bucketAt(help->pos().x());
        if (bucket >= 0 && plotArea().contains(help->pos()))
            QToolTip::showText(help->globalPos(), describe(bucket), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void UsageChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    const QRect area = plotArea();
    const qint64 most = tallest();

    // The legend, top right.
    const int square = metrics.ascent() - 2;
    int x = area.right();
    for (const auto &[label, color] :
         {std::pair{tr("Refused"), refusedColor()}, std::pair{tr("Accepted"), acceptedColor()}}) {
        x -= metrics.horizontalAdvance(label);
        painter.setPen(text);
        painter.drawText(x, metrics.ascent(), label);
        x -= square + metrics.horizontalAdvance(QLatin1Char(' '));
        painter.fillRect(x, metrics.ascent() - square, square, square, color);
        x -= metrics.horizontalAdvance(QLatin1Char('x')) * 2;
    }

    QColor grid = text;
    grid.setAlphaF(0.25f);
    painter.setPen(grid);
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.topLeft(), area.bottomLeft());
    painter.setPen(text);
    painter.drawText(
        QRect(0, area.bottom() - metrics.height() / 2, area.left() - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    if (most == 0) {
        painter.drawText(area, Qt::AlignCenter, tr("No verifications in this period"));
        return;
    }
    painter.drawText(QRect(0, area.top() - metrics.height() / 2, area.left() - 4, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(most));

    const int count = int(m_report.buckets.size());
    const double slot = double(area.width()) / count;
    const double gap = slot > 6 ? qMax(1.0, slot * 0.15) : 0.0;
    for (int i = 0; i < count; ++i) {
        const auto &bucket = m_report.buckets.at(i);
        const double left = area.left() + i * slot + gap / 2;
        auto heightOf = [&](qint64 value) { return double(area.height()) * value / most; };
        const double acceptedHeight = heightOf(bucket.accepted);
        const double refusedHeight = heightOf(refusedIn(bucket));
        painter.fillRect(QRectF(left, area.bottom() - acceptedHeight, slot - gap, acceptedHeight),
                         acceptedColor());
        painter.fillRect(
            QRectF(left, area.bottom() - acceptedHeight - refusedHeight, slot - gap, refusedHeight),
            refusedColor());
    }

    // Time along the bottom: as many labels as fit, the last one always.
    const int labelWidth = metrics.horizontalAdvance(bucketLabel(count - 1)) +
                           metrics.horizontalAdvance(QLatin1Char('x')) * 2;
    const int step = qMax(1, int(std::ceil(labelWidth / slot)));
    for (int i = (count - 1) % step; i < count; i += step) {
        const int centre = int(area.left() + (i + 0.5) * slot);
        // Centred under its bar, but never past the widget's edge.
        const int left = qBound(0, centre - labelWidth / 2, width() - labelWidth);
        painter.drawText(QRect(left, area.bottom() + 2, labelWidth, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, bucketLabel(i));
    }
}

} // namespace keyward
