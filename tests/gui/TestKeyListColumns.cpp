// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// The key list's columns as an operator meets them: a cell too narrow for
// its text shows it whole in a tooltip, and widths set by hand stay put
// through updates and into the next session.
#include "ConsoleFixture.h"
#include "KeysPane.h"
#include "itemmodels/KeyTableModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace keyward;

class TestKeyListColumns : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleFixture> m_console;

    // The open window, or null if it never became exposed.
    MainWindow *openWindow()
    {
        if (!m_console->open(QSize(1000, 600)))
            return nullptr;
        QTest::qWait(0); // the first fit runs once the layout has settled
        return m_console->window();
    }
    static QString tipAt(QTreeView *view, const QModelIndex &index)
    {
        QToolTip::hideText(); // after a short delay
        if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
            return QStringLiteral("(an earlier tooltip stayed)");
        const QPoint at = view->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }
    // Drags as a hand does: the press on the header is what makes it a choice.
    static void resizeByHand(QHeaderView *header, int column, int width)
    {
        QTest::mousePress(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 2, 2));
        header->resizeSection(column, width);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {},
                            QPoint(header->sectionViewportPosition(column) + 2, 2));
        QTest::qWait(0);
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleFixture>();
        NewKey key;
        key.name = QStringLiteral("ingest");
        key.permissions = {QStringLiteral("read"), QStringLiteral("write"),
                           QStringLiteral("token:generate"), QStringLiteral("reports:export")};
        key.allowedNetworks = QStringLiteral("10.0.0.0/8,192.168.0.0/16,2001:db8::/32");
        m_console->test().createKey(m_console->tenant().id, key);
    }
    void cleanup() { m_console.reset(); }

    void aNarrowCellShowsItsWholeText()
    {
        MainWindow *window = openWindow();
        QVERIFY(window);
        QTreeView *view = window->keysPane()->view();
        const int row = window->keysPane()->model().rowOf(
            window->keysPane()->model().keyAt(1)->id); // the tenant key is row 0
        const QModelIndex permissions = view->model()->index(row, KeyTableModel::PermissionsColumn);
        view->setColumnWidth(KeyTableModel::PermissionsColumn, 40);
        QCOMPARE(tipAt(view, permissions), QStringLiteral("read, write, token:generate, "
                                                          "reports:export"));
        view->setColumnWidth(KeyTableModel::PermissionsColumn, 600);
        QCOMPARE(tipAt(view, permissions), QString()); // nothing hidden, no tip
        // A cell with a tooltip of its own keeps it.
        view->setColumnWidth(KeyTableModel::LabelColumn, 10);
        QCOMPARE(tipAt(view, view->model()->index(row, KeyTableModel::LabelColumn)),
                 QStringLiteral("ingest"));
    }

    void widthsSetByHandStayAndAreRemembered()
    {
        {
            MainWindow *window = openWindow();
            QVERIFY(window);
            QHeaderView *header = window->keysPane()->view()->header();
            const int fitted = header->sectionSize(KeyTableModel::NetworksColumn);
            QVERIFY(fitted > 60);
            resizeByHand(header, KeyTableModel::NetworksColumn, 60);
            window->keysPane()->refresh(); // an update used to refit every column
            QCOMPARE(header->sectionSize(KeyTableModel::NetworksColumn), 60);
            window->close();
            m_console->close();
        }
        MainWindow *window = openWindow();
        QVERIFY(window);
        QHeaderView *header = window->keysPane()->view()->header();
        QCOMPARE(header->sectionSize(KeyTableModel::NetworksColumn), 60);
        QCOMPARE(header->sortIndicatorSection(), -1); // widths only, never a stale sort
    }

    void widthsNotTouchedAreFittedEachTime()
    {
        MainWindow *window = openWindow();
        QVERIFY(window);
        QHeaderView *header = window->keysPane()->view()->header();
        header->resizeSection(KeyTableModel::NetworksColumn, 30); // the program, not a hand
        window->keysPane()->refresh();
        QVERIFY(header->sectionSize(KeyTableModel::NetworksColumn) > 30);
        QVERIFY(!QSettings().contains(QStringLiteral("keys/header")));
    }
};

QTEST_MAIN(TestKeyListColumns)
#include "TestKeyListColumns.moc"
