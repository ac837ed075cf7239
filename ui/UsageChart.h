// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/KeyUsage.h"

#include <QWidget>

namespace keyward {

// A key's usage as bars, one per bucket of the report (hours or days),
// accepted verifications stacked under refused ones, with the time along
// the bottom and the tallest bar's count up the side. Drawn with QPainter
// in the palette's colours; the tooltip over a bar gives its counts.
class UsageChart : public QWidget {
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setReport(const KeyUsageReport &report);
    // A report's refusals by reason, "4 address_not_allowed, 1 rate_limited"
    // (empty when nothing was refused), as the texts beside a chart say them.
    static QString refusalsByReason(const KeyUsageReport &report);
    const KeyUsageReport &report() const { return m_report; }
    // The bucket drawn at this x in widget coordinates, or -1.
    int bucketAt(int x) const;
    // What the tooltip says for a bucket: its time and counts.
    QString describe(int bucket) const;
    // The colours of the two parts of a bar.
    QColor acceptedColor() const;
    QColor refusedColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotArea() const;
    QString bucketLabel(int bucket) const;
    qint64 tallest() const;

    KeyUsageReport m_report;
};

} // namespace keyward
