// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "GuiCommand.h"

#include "CommonOptions.h"
#include "Environment.h"
#include "MainWindow.h"
#include "MasterKeyVault.h"
#include "Runtime.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"
#include "Upkeep.h"
#include "domain/Services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

namespace {

// Qt would abort with "could not connect to display"; say what to do instead.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

bool GuiCommand::available()
{
    return true;
}

int GuiCommand::run(int &argc, char **argv)
{
    if (!hasDisplay()) {
        QTextStream(stderr)
            << "keyward: no display (DISPLAY and WAYLAND_DISPLAY are unset), so no desktop "
               "console; run 'keyward serve' to start the HTTP API, or 'keyward --help'.\n";
        return 2;
    }
    QApplication app(argc, argv);
    // Before any window: the window reads QSettings in its constructor.
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setApplicationName(QStringLiteral("keyward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("keyward"));
    // The language of the session (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    // English, the sources' own, when no translation matches.
    keyward::Translations::install(app, QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Keyward desktop console."));
    parser.addHelpOption();
    CommonOptions::add(parser);
    QStringList arguments = QApplication::arguments();
    if (arguments.value(1) == QLatin1String("gui"))
        arguments.removeAt(1);
    if (const auto exit = CommonOptions::parse(parser, arguments))
        return *exit;
    auto settings = CommonOptions::runtimeSettings(parser);
    if (!settings) {
        QTextStream(stderr) << "keyward: " << settings.error() << Qt::endl;
        return 2;
    }
    // The console keeps the master key in the OS keychain when one answers.
    settings->loadMasterKey = [](const QString &entry, const QString &file) {
        return MasterKeyVault::load(entry, file).map([](const MasterKeyVault::Loaded &loaded) {
            return loaded.key;
        });
    };
    auto runtime = keyward::Runtime::open(*settings);
    if (!runtime) {
        QMessageBox::critical(nullptr, QStringLiteral("Keyward"),
                              QCoreApplication::translate("GuiCommand", "Keyward cannot start:\n%1")
                                  .arg(runtime.error()));
        return 1;
    }
    // Declared in this order so the window, and the server it embeds, go
    // before the upkeep writes the last counts and the services close.
    Upkeep upkeep((*runtime)->services());
    keyward::MainWindow window((*runtime)->services(),
                               keyward::Environment::operatorName(QStringLiteral("console")));
    window.show();
    // SIGTERM (a session ending, systemd, kill) or Ctrl+C in the terminal:
    // quit as through the menu, so the last usage counts are written.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested,
                     [](int) { QApplication::exit(0); });
    return QApplication::exec();
}
