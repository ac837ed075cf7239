// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "ConsoleFixture.h"
#include "KeysPane.h"
#include "TenantNameDialog.h"
#include "Translations.h"
#include "itemmodels/KeyTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

using namespace keyward;

// The console in Italian: the translation compiled into the library is
// found for an Italian locale, and the main window shows no English word in
// its menus, toolbars, tabs, buttons, fields and column titles.
class TestTranslations : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleFixture> m_console;

    // What the window says in words, in an order that does not depend on
    // the language: action texts, tab titles, buttons, group titles, field
    // placeholders and column titles.
    static QStringList shownTexts(MainWindow &window)
    {
        QStringList texts;
        const auto addActions = [&texts](const auto &self,
                                         const QList<QAction *> &actions) -> void {
            for (QAction *action : actions) {
                if (action->isSeparator())
                    continue;
                texts << action->text() << action->statusTip();
                if (action->menu())
                    self(self, action->menu()->actions());
            }
        };
        addActions(addActions, window.menuBar()->actions());
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            addActions(addActions, bar->actions());
        for (int i = 0; i < window.tabs()->count(); ++i)
            texts << window.tabs()->tabText(i);
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
            texts << button->text() << button->toolTip();
        for (QGroupBox *group : window.findChildren<QGroupBox *>())
            texts << group->title();
        for (QLineEdit *field : window.findChildren<QLineEdit *>())
            texts << field->placeholderText();
        for (QTreeView *view : window.findChildren<QTreeView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; model && column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
        }
        return texts;
    }
    // Words Italian software keeps as they are.
    static bool italianAsIs(QString text)
    {
        static const QStringList same{QStringLiteral("File"), QStringLiteral("Tenant"),
                                      QStringLiteral("Server"), QStringLiteral("Email")};
        return same.contains(text.remove(QLatin1Char('&')));
    }
    static bool hasWords(const QString &text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    }

private slots:
    void init()
    {
        m_console = std::make_unique<ConsoleFixture>();
        NewKey billing;
        billing.name = QStringLiteral("billing");
        m_console->test().createKey(m_console->tenant().id, billing);
    }
    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        m_console.reset();
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(!Translations::install(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(!Translations::install(*qApp, QLocale::c()));
    }

    void italianLocaleTranslatesTheWholeWindow()
    {
        QVERIFY(m_console->open());
        const QStringList english = shownTexts(*m_console->window());
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::Italian, QLocale::Italy)));
        QVERIFY(m_console->open());
        MainWindow *window = m_console->window();
        const QStringList italian = shownTexts(*window);
        QCOMPARE(italian.size(), english.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < english.size(); ++i) {
            if (hasWords(english[i]) && italian[i] == english[i] && !italianAsIs(english[i]))
                untranslated << english[i];
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
        // A few by name, and Qt's own buttons from Debian's qtbase_it.qm.
        QCOMPARE(window->tabs()->tabText(0), QStringLiteral("&Chiavi"));
        // Cells too: the status of an active key, and the key's own label as stored.
        const QAbstractItemModel *keys = window->keysPane()->view()->model();
        QTRY_COMPARE(keys->rowCount(), 2);
        int status = 0;
        while (status < keys->columnCount() &&
               keys->headerData(status, Qt::Horizontal).toString() != QStringLiteral("Stato"))
            ++status;
        QVERIFY(status < keys->columnCount());
        const QModelIndexList billing =
            keys->match(keys->index(0, 0), Qt::DisplayRole, QStringLiteral("billing"));
        QCOMPARE(billing.size(), 1);
        QCOMPARE(billing.first().siblingAtColumn(status).data().toString(),
                 QStringLiteral("Attiva"));
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_it.qm")))
            QSKIP("Qt's own Italian (Debian's qt6-translations-l10n) is not installed");
        QCOMPARE(
            QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
            QStringLiteral("Annulla"));
    }

    // What the domain says (a form's refusal, a key's concern) reaches the
    // operator in Italian, while the API keeps the documented English.
    void domainSentencesSpeakTheOperatorsLanguage()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::Italian, QLocale::Italy)));
        NewKey shortLived;
        shortLived.name = QStringLiteral("short-lived");
        shortLived.lifetimeSeconds = 3 * 86400;
        m_console->test().createKey(m_console->tenant().id, shortLived);
        QVERIFY(m_console->open());
        const QAbstractItemModel *keys = m_console->window()->keysPane()->view()->model();
        QTRY_COMPARE(keys->rowCount(), 3);
        const QModelIndexList found =
            keys->match(keys->index(0, 0), Qt::DisplayRole, QStringLiteral("short-lived"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()
                     .siblingAtColumn(KeyTableModel::AttentionColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("In scadenza: scade tra 3 giorni"));

        const QString taken = m_console->tenant().name;
        std::optional<QString> english;
        TenantNameDialog dialog(QStringLiteral("New Tenant"), QStringLiteral("Create"), QString(),
                                [&](const QString &name) -> std::optional<DomainError> {
                                    auto created = m_console->test().services().tenants.create(
                                        TestServices::operatorActor(), name);
                                    if (created)
                                        return std::nullopt;
                                    english = created.error().detail();
                                    return created.error();
                                });
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("tenantName"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        name->setText(QString(201, u'x'));
        QCOMPARE(error->text(), QStringLiteral("Il nome supera i 200 caratteri."));
        name->setText(taken);
        dialog.accept();
        QCOMPARE(error->text(), QStringLiteral("Esiste già un tenant di nome \"%1\" (ID %2).")
                                    .arg(taken, QString::number(m_console->tenant().id)));
        QCOMPARE(english, QStringLiteral("a tenant named \"%1\" already exists (ID %2)")
                              .arg(taken, QString::number(m_console->tenant().id)));
    }

    void regionalLocaleFindsTheLanguage()
    {
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::Italian, QLocale::Switzerland)));
        QCOMPARE(QCoreApplication::translate("keyward::MainWindow", "&Keys"),
                 QStringLiteral("&Chiavi"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
