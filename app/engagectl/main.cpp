// engagectl: the headless tool of SPEC §5, for scripts and CI. QtCore only: it never loads
// QtWidgets, so it runs on servers with no display.

#include "check_identity_command.h"
#include "check_key_command.h"
#include "communities_command.h"
#include "diff_command.h"
#include "exit_code.h"
#include "export_command.h"
#include "gen_secret_command.h"
#include "inspect_jwt_command.h"
#include "pull_command.h"
#include "push_command.h"
#include "sign_jwt_command.h"
#include "validate_command.h"
#include "verify_jwt_command.h"

#include <QCoreApplication>

#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<engage::Command>> allCommands()
{
    std::vector<std::unique_ptr<engage::Command>> commands;
    commands.push_back(std::make_unique<engage::ValidateCommand>());
    commands.push_back(std::make_unique<engage::CheckKeyCommand>());
    commands.push_back(std::make_unique<engage::GenSecretCommand>());
    commands.push_back(std::make_unique<engage::ExportCommand>());
    commands.push_back(std::make_unique<engage::VerifyJwtCommand>());
    commands.push_back(std::make_unique<engage::CheckIdentityCommand>());
    commands.push_back(std::make_unique<engage::InspectJwtCommand>());
    commands.push_back(std::make_unique<engage::SignJwtCommand>());
    commands.push_back(std::make_unique<engage::CommunitiesCommand>());
    commands.push_back(std::make_unique<engage::PullCommand>());
    commands.push_back(std::make_unique<engage::DiffCommand>());
    commands.push_back(std::make_unique<engage::PushCommand>());
    return commands;
}

void printOverview(QTextStream& stream,
                   const std::vector<std::unique_ptr<engage::Command>>& commands)
{
    stream << QCoreApplication::translate("engagectl",
                                          "Usage: engagectl COMMAND [options] [arguments]")
           << "\n\n"
           << QCoreApplication::translate("engagectl",
                                          "Administer RingCentral Engage Messaging communities "
                                          "from scripts and CI pipelines.")
           << "\n\n"
           << QCoreApplication::translate("engagectl", "Commands:") << '\n';
    // The summaries line up two spaces after the longest command name.
    qsizetype nameWidth = 0;
    for (const auto& command : commands)
        nameWidth = std::max(nameWidth, command->name().size());
    for (const auto& command : commands)
        stream << "  " << command->name().leftJustified(nameWidth + 2) << command->summary()
               << '\n';
    stream << '\n'
           << QCoreApplication::translate(
                  "engagectl", "Run \"engagectl COMMAND --help\" for a command's options.")
           << '\n';
}

} // namespace

int main(int argc, char* argv[])
{
    // A file size limit (ulimit -f) must make a write fail cleanly, not kill the process
    // half-way; QSaveFile then leaves the previous file as it was.
    std::signal(SIGXFSZ, SIG_IGN);

    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("engagectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));

    engage::Console console;
    const auto commands = allCommands();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printOverview(first.isEmpty() ? console.err : console.out, commands);
        return first.isEmpty() ? engage::ExitUsageOrIo : engage::ExitSuccess;
    }
    if (first == QLatin1String("--version")) {
        console.out << "engagectl " << QCoreApplication::applicationVersion() << '\n';
        return engage::ExitSuccess;
    }
    for (const auto& command : commands) {
        if (command->name() == first)
            return command->run(arguments.mid(1), console);
    }
    console.err
        << QCoreApplication::translate("engagectl", "engagectl: unknown command \"%1\".").arg(first)
        << '\n';
    printOverview(console.err, commands);
    return engage::ExitUsageOrIo;
}
