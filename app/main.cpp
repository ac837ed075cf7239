// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
#include "Allocator.h"
#include "AuditCommand.h"
#include "GuiCommand.h"
#include "KeyCommand.h"
#include "ScanCommand.h"
#include "ServeCommand.h"
#include "SigningKeyCommand.h"
#include "TenantCommand.h"
#include "TokenCommand.h"
#include "UserCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace {

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"gui",
         GuiCommand::available() ? "The desktop console with its embedded server (the default)"
                                 : "The desktop console (not in this build: KEYWARD_GUI=OFF)",
         {}},
        {"serve", "Serve the HTTP API until SIGINT or SIGTERM", ServeCommand::run},
        {"tenant", "List, create and change tenants", TenantCommand::run},
        {"user", "List, create and change users", UserCommand::run},
        {"key", "List, create, disable, enable, rotate and delete API keys", KeyCommand::run},
        {"token", "Exchange an API key for a JWT", TokenCommand::run},
        {"audit", "Show the audit log", AuditCommand::run},
        {"scan", "Find Keyward API keys left in files (exit 1 when one is live)", ScanCommand::run},
        {"signing-key", "List, rotate and retire the JWT signing keys", SigningKeyCommand::run},
    };
    return all;
}

void printUsage(QTextStream &out)
{
    out << "Usage: keyward <command> [options]\n\nCommands:\n";
    qsizetype width = 0;
    for (const Command &command : commands())
        width = qMax(width, qsizetype(qstrlen(command.name)));
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(width + 2) << command.summary
            << '\n';
    out << "\nOptions:\n"
           "  -h, --help     Show this help\n"
           "  -v, --version  Show the version\n\n"
           "Run 'keyward <command> --help' for the options of a command.\n"
           "Exit status: 0 success, 1 failure (store, network), 2 usage, 3 not found, 4 refused.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // Before the threads that serve make their arenas.
    Allocator::keepLargeBuffersMapped();
    // The desktop console needs a QApplication, everything else a
    // QCoreApplication: decide before creating either.
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (first.isEmpty() || first == "gui" ||
        (first.startsWith("--") && first != "--help" && first != "--version"))
        return GuiCommand::run(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name) && command.run)
            return command.run(QStringList{arguments.first() + QLatin1Char(' ') + name} +
                               arguments.mid(2));
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "keyward " << KEYWARD_VERSION << Qt::endl;
        return 0;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printUsage(out);
        return 0;
    }
    err << "keyward: unknown command '" << name << "'\n\n";
    printUsage(err);
    return 2;
}
