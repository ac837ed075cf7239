#include "ServeCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: keyward <command> [options]\n\n"
           "Commands:\n"
           "  serve      Serve the HTTP API until SIGINT or SIGTERM\n\n"
           "Options:\n"
           "  -h, --help     Show this help\n"
           "  -v, --version  Show the version\n\n"
           "Run 'keyward <command> --help' for the options of a command.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyward"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command == QLatin1String("serve"))
        return ServeCommand::run(QStringList{arguments.first() + QStringLiteral(" serve")} +
                                 arguments.mid(2));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "keyward " << KEYWARD_VERSION << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(out);
        return 0;
    }
    if (command.isEmpty()) {
        err << "keyward: this build has no desktop console yet; run 'keyward serve' to start the "
               "HTTP API.\n\n";
        printUsage(err);
        return 2;
    }
    err << "keyward: unknown command '" << command << "'\n\n";
    printUsage(err);
    return 2;
}
