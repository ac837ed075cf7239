// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ConsoleFixture.h"
#include "SearchField.h"
#include "UsersPane.h"
#include "itemmodels/UserTableModel.h"
#include "store/UserRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>

using namespace keyward;

// The Users tab over more users than a page: search, sort and Ctrl+End are
// the store's, so they cover every user of the tenant, not only those loaded.
class TestUsersPane : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleFixture> m_console;

    UsersPane *pane() const { return m_console->window()->usersPane(); }
    void addUsers(int count, const QString &prefix = QStringLiteral("user"))
    {
        const UserRepository users(*m_console->test().database().database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < count; ++i) {
            const User user{
                0,
                m_console->tenant().id,
                QStringLiteral("%1%2@example.com").arg(prefix).arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("$scrypt$x"),
                Role::User,
                true,
                now,
                now};
            QVERIFY(users.insert(user));
        }
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleFixture>();
        addUsers(3 * UserTableModel::pageSize + 50); // the view may read a page ahead
        QVERIFY(m_console->open());
        m_console->window()->tabs()->setCurrentWidget(pane());
    }
    void cleanup() { m_console.reset(); }

    void searchFindsAUserNotLoaded()
    {
        UserTableModel &model = pane()->model();
        QVERIFY(model.rowCount() < 650);
        auto *count = pane()->findChild<QLabel *>(QStringLiteral("userCount"));
        QVERIFY(count);
        const QString unsearched = count->text();
        QVERIFY2(unsearched.startsWith(QStringLiteral("650 users, ")), qPrintable(unsearched));
        QTest::keyClicks(pane()->filterEdit(), QStringLiteral("USER649@"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 user matches"));
        QCOMPARE(model.userAt(0)->email, QStringLiteral("user649@example.com"));
        QTest::keyClicks(pane()->filterEdit(), QStringLiteral(" nowhere"));
        QTRY_COMPARE(count->text(), QStringLiteral("No match"));
        QTest::keyClick(pane()->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE(count->text(), unsearched);
    }

    void sortingOrdersEveryUser()
    {
        QHeaderView *header = pane()->view()->header();
        header->setSortIndicator(UserTableModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(pane()->model().userAt(0)->email, QStringLiteral("user649@example.com"));
        header->setSortIndicator(UserTableModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(pane()->model().userAt(0)->email, QStringLiteral("user000@example.com"));
    }

    // Ctrl+End while pages wait unread turns the list round (the end comes
    // first at once) rather than stopping at the last row loaded; pressed
    // again it stays at the end.
    void ctrlEndShowsTheEndOfTheWholeList()
    {
        QTreeView *view = pane()->view();
        QHeaderView *header = view->header();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(header->sortIndicatorSection(), int(UserTableModel::CreatedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(pane()->currentUser());
        QCOMPARE(pane()->currentUser()->email, QStringLiteral("user649@example.com"));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(pane()->currentUser());
        QCOMPARE(pane()->currentUser()->email, QStringLiteral("user649@example.com"));
        // Sorted by email: the end is the other way round of that sort.
        header->setSortIndicator(UserTableModel::EmailColumn, Qt::AscendingOrder);
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(header->sortIndicatorSection(), int(UserTableModel::EmailColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(pane()->currentUser());
        QCOMPARE(pane()->currentUser()->email, QStringLiteral("user649@example.com"));
        // Every row loaded: Ctrl+End is the view's own again.
        pane()->filterEdit()->setText(QStringLiteral("user00"));
        QTRY_COMPARE(pane()->model().rowCount(), 10);
        view->setCurrentIndex(view->model()->index(0, 0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(pane()->currentUser());
        QCOMPARE(pane()->currentUser()->email, QStringLiteral("user000@example.com"));
    }

    // A search reads the list again: the selected user stays selected when
    // found again, and the user actions follow the selection.
    void aSearchKeepsTheSelectedUser()
    {
        pane()->filterEdit()->setText(QStringLiteral("user64"));
        QTRY_COMPARE(pane()->model().rowCount(), 10);
        pane()->selectUser(pane()->model().userAt(9)->id);
        QCOMPARE(pane()->currentUser()->email, QStringLiteral("user649@example.com"));
        pane()->filterEdit()->setText(QStringLiteral("user649"));
        QTRY_COMPARE(pane()->model().rowCount(), 1);
        QVERIFY(pane()->currentUser());
        QCOMPARE(pane()->currentUser()->email, QStringLiteral("user649@example.com"));
        QVERIFY(pane()->changeRoleAction()->isEnabled());
        pane()->filterEdit()->setText(QStringLiteral("user00"));
        QTRY_COMPARE(pane()->model().rowCount(), 10);
        QVERIFY(!pane()->currentUser());
        QVERIFY(!pane()->changeRoleAction()->isEnabled());
    }

    // The count of a search over more than searchCountLimit matches, once
    // scrolled to a last page that is exactly full, settles on the exact count.
    void theCountSettlesAtTheEndOfAFullLastPage()
    {
        addUsers(550, QStringLiteral("extra")); // 1,200 users with "example" in all
        pane()->filterEdit()->setText(QStringLiteral("example"));
        auto *count = pane()->findChild<QLabel *>(QStringLiteral("userCount"));
        QTRY_VERIFY(count->text().startsWith(
            QStringLiteral("More than %1 users match").arg(QLocale().toString(1000))));
        UserTableModel &model = pane()->model();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        QCOMPARE(count->text(), QStringLiteral("%1 users match").arg(QLocale().toString(1200)));
    }
};

QTEST_MAIN(TestUsersPane)
#include "TestUsersPane.moc"
