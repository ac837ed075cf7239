// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// What the console tells an operator about keys, driven as an operator
// would: the Show filter finds every key of the tenant that needs attention
// (from the store, not just the loaded rows), the Attention column says
// why, Show Usage draws what came of a key's verifications, and at start
// one notice names the keys expiring within a week.
#include "ConsoleFixture.h"
#include "ExpiryNotice.h"
#include "KeyActions.h"
#include "KeyDetailsPane.h"
#include "KeyUsageDialog.h"
#include "KeysPane.h"
#include "TenantsPane.h"
#include "UsageChart.h"
#include "itemmodels/KeyTableModel.h"
#include "itemmodels/ShownTime.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace keyward;

class TestKeyInsight : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleFixture> m_console;

    TestServices &test() const { return m_console->test(); }
    MainWindow *window() const { return m_console->window(); }
    const Tenant &tenant() const { return m_console->tenant(); }
    KeysPane *pane() const { return window()->keysPane(); }
    IssuedKey createKey(const QString &label, std::optional<qint64> lifetimeSeconds = {})
    {
        NewKey request;
        request.name = label;
        request.permissions = {QStringLiteral("token:generate")};
        request.allowedNetworks = QStringLiteral("10.0.0.0/8");
        request.lifetimeSeconds = lifetimeSeconds;
        return test().createKey(tenant().id, request);
    }
    QStringList shownLabels() const
    {
        QStringList labels;
        for (int row = 0; row < pane()->model().rowCount(); ++row)
            labels << pane()->model().keyAt(row)->name;
        return labels;
    }
    static KeyUsageReport sampleReport()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-05T10:30:00Z"), Qt::ISODate);
        const qint64 hour = now.toSecsSinceEpoch() / 3600 * 3600;
        return KeyUsageReport::gather(7, *UsageSpan::parse(QStringLiteral("24h")), now,
                                      {{7, hour, QStringLiteral("accepted"), 10},
                                       {7, hour, QStringLiteral("rate_limited"), 5},
                                       {7, hour - 12 * 3600, QStringLiteral("accepted"), 4}});
    }
    static int pixelsOf(const QImage &image, const QColor &color, const QRect &area)
    {
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                count += image.pixelColor(x, y).rgb() == color.rgb();
        return count;
    }

private slots:
    void init() { m_console = std::make_unique<ConsoleFixture>(); }
    void cleanup() { m_console.reset(); }

    // 600 keys, more than a page; the one expiring soon was made last, so
    // it is not among the loaded rows until the filter asks the store.
    void showFindsKeysBeyondTheLoadedRows()
    {
        for (int i = 0; i < 600; ++i)
            createKey(QStringLiteral("bulk-%1").arg(i));
        createKey(QStringLiteral("short-lived"), 3 * 86400);
        QVERIFY(m_console->open());
        QVERIFY(pane()->model().rowCount() < 602);
        QVERIFY(!shownLabels().contains(QStringLiteral("short-lived")));

        QComboBox *show = pane()->concernBox();
        show->setCurrentIndex(show->findText(QStringLiteral("Expiring soon")));
        QCOMPARE(shownLabels(), QStringList{QStringLiteral("short-lived")});
        QCOMPARE(pane()->model().totalCount(), 1);
        const QModelIndex attention = pane()->model().index(0, KeyTableModel::AttentionColumn);
        QCOMPARE(attention.data().toString(), QStringLiteral("Expiring soon"));
        QVERIFY(attention.data(Qt::ToolTipRole).toString().contains(QStringLiteral("expires in")));

        // A week on, nothing has been used: every key but the tenant's is
        // "Never used", and the short-lived one has expired.
        test().clock().advance(8 * 86400);
        show->setCurrentIndex(show->findText(QStringLiteral("Never used")));
        QCOMPARE(pane()->model().totalCount(), 600);
        show->setCurrentIndex(show->findText(QStringLiteral("All keys")));
        QCOMPARE(pane()->model().totalCount(), 602);
    }

    void usageDialogDrawsWhatCameOfTheKey()
    {
        const IssuedKey issued = createKey(QStringLiteral("ingest"));
        const KeyVerifier &verifier = test().services().keyVerifier;
        for (int i = 0; i < 3; ++i)
            verifier.verify(issued.secret, {QStringLiteral("10.0.0.1"), QString()});
        verifier.verify(issued.secret, {QStringLiteral("192.0.2.44"), QString()});
        QVERIFY(test().services().usage.flush());
        QVERIFY(m_console->open());
        QVERIFY(pane()->selectKey(issued.key.id));
        QVERIFY(pane()->actions().usageAction()->isEnabled());

        pane()->actions().usageAction()->trigger();
        auto *dialog = pane()->findChild<KeyUsageDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->totalsLabel()->text(),
                 QStringLiteral("3 accepted, 1 refused (1 address_not_allowed)."));
        QCOMPARE(dialog->addresses()->topLevelItemCount(), 2);
        QStringList addresses{dialog->addresses()->topLevelItem(0)->text(0),
                              dialog->addresses()->topLevelItem(1)->text(0)};
        addresses.sort();
        QCOMPARE(addresses,
                 (QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("192.0.2.44")}));
        QCOMPARE(dialog->chart()->report().buckets.size(), 24);
        QCOMPARE(dialog->chart()->report().buckets.last().accepted, 3);

        dialog->spanBox()->setCurrentIndex(dialog->spanBox()->findData(QStringLiteral("30d")));
        QCOMPARE(dialog->chart()->report().buckets.size(), 30);
        QCOMPARE(dialog->chart()->report().accepted, 3);
        dialog->close();
    }

    void detailsPaneSaysAllAboutTheSelectedKey()
    {
        const IssuedKey old = createKey(QStringLiteral("ingest"));
        const auto rotated =
            test().services().keys.rotate(TestServices::operatorActor(), old.key.id, 3600);
        QVERIFY(rotated);
        test().services().keyVerifier.verify(rotated->secret,
                                             {QStringLiteral("192.0.2.44"), QString()});
        QVERIFY(test().services().usage.flush());
        QVERIFY(m_console->open());
        KeyDetailsPane &details = pane()->details();
        QVERIFY(pane()->selectKey(rotated->key.id));
        QCOMPARE(details.text(QStringLiteral("label")), QStringLiteral("ingest"));
        QCOMPARE(details.text(QStringLiteral("id")), QString::number(rotated->key.id));
        QCOMPARE(details.text(QStringLiteral("prefix")),
                 rotated->key.displayPrefix + QChar(0x2026));
        QCOMPARE(details.text(QStringLiteral("kind")), QStringLiteral("Secret key"));
        QCOMPARE(details.text(QStringLiteral("status")), QStringLiteral("Active"));
        QCOMPARE(details.text(QStringLiteral("permissions")), QStringLiteral("token:generate"));
        QCOMPARE(details.text(QStringLiteral("networks")), QStringLiteral("10.0.0.0/8"));
        QCOMPARE(details.text(QStringLiteral("lastUsed")), QStringLiteral("never"));
        QVERIFY(details.text(QStringLiteral("rotation")).contains(QStringLiteral("replaces")));
        // The last 24 hours, read once the selection settles.
        QTRY_COMPARE(details.refusalsText(),
                     QStringLiteral("0 accepted; refused: 1 address_not_allowed.\n"
                                    "Last refused from: 192.0.2.44 (address_not_allowed, %1)")
                         .arg(ShownTime::of(test().services().clock->now())));

        // The link to the key it replaced selects that key, superseded.
        auto *rotation = details.findChild<QLabel *>(QStringLiteral("rotation"));
        emit rotation->linkActivated(QString::number(old.key.id));
        QCOMPARE(pane()->currentKey()->id, old.key.id);
        QVERIFY(details.text(QStringLiteral("status")).startsWith(QStringLiteral("Superseded")));
        QVERIFY(details.text(QStringLiteral("rotation")).contains(QStringLiteral("replaced by")));

        pane()->view()->setCurrentIndex({});
        QVERIFY(!details.findChild<QLabel *>(QStringLiteral("label"))->isVisible());
    }

    void chartDrawsAcceptedUnderRefused()
    {
        UsageChart chart;
        chart.resize(720, 300);
        chart.setReport(sampleReport());
        const QImage image = chart.grab().toImage();
        // The last bucket is at the right edge: find its column of pixels.
        int lastX = -1;
        for (int x = chart.width() - 1; x >= 0 && lastX < 0; --x) {
            if (chart.bucketAt(x) == 23)
                lastX = x;
        }
        QVERIFY(lastX > 0);
        int firstX = 0;
        while (chart.bucketAt(firstX) != 0)
            ++firstX;
        const QRect lastColumn(lastX - 4, 0, 3, chart.height());
        QVERIFY(pixelsOf(image, chart.acceptedColor(), lastColumn) > 0);
        QVERIFY(pixelsOf(image, chart.refusedColor(), lastColumn) > 0);
        // Accepted below refused: the lowest refused pixel is above the
        // highest accepted one.
        int refusedBottom = -1;
        int acceptedTop = chart.height();
        for (int y = 0; y < chart.height(); ++y) {
            const QColor pixel = image.pixelColor(lastX - 3, y);
            if (pixel.rgb() == chart.refusedColor().rgb())
                refusedBottom = y;
            if (pixel.rgb() == chart.acceptedColor().rgb())
                acceptedTop = qMin(acceptedTop, y);
        }
        QVERIFY(refusedBottom >= 0 && refusedBottom < acceptedTop);
        // Nothing was used in the first hour; the twelfth hour is shorter.
        QCOMPARE(pixelsOf(image, chart.acceptedColor(),
                          QRect(firstX + 2, chart.height() / 4, 2, chart.height() / 2)),
                 0);
        QVERIFY(chart.describe(23).contains(QStringLiteral("10 accepted")));
        QVERIFY(chart.describe(23).contains(QStringLiteral("5 refused: rate_limited")));
        QCOMPARE(chart.bucketAt(-5), -1);

        chart.setReport(KeyUsageReport::gather(7, *UsageSpan::parse(QStringLiteral("24h")),
                                               QDateTime::currentDateTimeUtc(), {}));
        const QImage empty = chart.grab().toImage();
        // Only the legend's square is left of that colour.
        const int legend = chart.fontMetrics().height() * 2;
        QCOMPARE(pixelsOf(empty, chart.acceptedColor(), empty.rect().adjusted(0, legend, 0, 0)), 0);
        QVERIFY(pixelsOf(image, chart.acceptedColor(), image.rect().adjusted(0, legend, 0, 0)) > 0);
    }

    void oneNoticeAtStartForKeysExpiringWithinAWeek()
    {
        createKey(QStringLiteral("later"), 30 * 86400);
        QVERIFY(m_console->open());
        QVERIFY(window()->expiryNotice()->isHidden());
        m_console->close();

        createKey(QStringLiteral("soon"), 2 * 86400);
        createKey(QStringLiteral("sooner"), 3600);
        const Tenant other = test().createTenant(QStringLiteral("Other"));
        NewKey brief;
        brief.name = QStringLiteral("brief");
        brief.lifetimeSeconds = 5 * 86400;
        test().createKey(other.id, brief);
        QVERIFY(m_console->open());
        window()->tenantsPane()->selectTenant(other.id);
        ExpiryNotice *notice = window()->expiryNotice();
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->textLabel()->text(),
                 QStringLiteral("3 keys expire within 7 days (Acme: 2, Other: 1)."));
        window()->tabs()->setCurrentIndex(1);

        QTest::mouseClick(notice->showButton(), Qt::LeftButton);
        QVERIFY(notice->isHidden());
        QCOMPARE(window()->tabs()->currentWidget(), pane());
        QCOMPARE(window()->tenantsPane()->currentTenant()->id, tenant().id);
        QCOMPARE(pane()->concernBox()->currentText(), QStringLiteral("Expiring soon"));
        QStringList labels = shownLabels();
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("soon"), QStringLiteral("sooner")}));
    }
};

QTEST_MAIN(TestKeyInsight)
#include "TestKeyInsight.moc"
