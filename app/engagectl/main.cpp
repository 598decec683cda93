// engagectl: the headless tool of docs/engagectl.md, for scripts and CI. QtCore only: it never
// loads QtWidgets, so it runs on servers with no display.

#include "catalogue_command.h"
#include "check_identity_command.h"
#include "check_key_command.h"
#include "checklist_command.h"
#include "command.h"
#include "communities_command.h"
#include "create_custom_field_command.h"
#include "diff_command.h"
#include "exit_code.h"
#include "export_command.h"
#include "gen_secret_command.h"
#include "identity_command.h"
#include "inspect_jwt_command.h"
#include "kit_command.h"
#include "pull_command.h"
#include "push_command.h"
#include "report_command.h"
#include "sign_jwt_command.h"
#include "sources_command.h"
#include "text/untrusted_text.h"
#include "validate_command.h"
#include "verify_jwt_command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>
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
    commands.push_back(std::make_unique<engage::CatalogueCommand>());
    commands.push_back(std::make_unique<engage::IdentityCommand>());
    commands.push_back(std::make_unique<engage::CreateCustomFieldCommand>());
    commands.push_back(std::make_unique<engage::SourcesCommand>());
    commands.push_back(std::make_unique<engage::ChecklistCommand>());
    commands.push_back(std::make_unique<engage::KitCommand>());
    commands.push_back(std::make_unique<engage::ReportCommand>());
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

// A descriptor 0, 1 or 2 closed by the caller (`<&-`) would be taken by the next file opened,
// such as Qt's event loop's: "-" would then read it and results would be written into it. Each
// is held instead on /dev/null, open the wrong way round, so that using it fails and says so.
void holdClosedStandardStreams()
{
    for (const int descriptor : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (::fcntl(descriptor, F_GETFD) != -1)
            continue;
        const int held = ::open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY);
        // open() took the lowest free number, which is this one; anything else is closed again.
        if (held != descriptor && held != -1)
            ::close(held);
    }
}

// Qt decodes the arguments as UTF-8 and turns a byte that is not into U+FFFD, and QFile encodes
// names back as UTF-8: a file whose name is not UTF-8 cannot be opened through Qt at all. Such
// an argument is refused by its position, rather than reported as a missing file.
std::optional<int> firstUndecodableArgument(int argc, char* argv[])
{
    for (int index = 1; index < argc; ++index) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        [[maybe_unused]] const QString decoded = decoder(QByteArrayView(argv[index]));
        if (decoder.hasError())
            return index;
    }
    return std::nullopt;
}

int runCommandLine(const QStringList& arguments, engage::Console& console)
{
    const auto commands = allCommands();
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
    console.err << QCoreApplication::translate("engagectl", "engagectl: unknown command \"%1\".")
                       .arg(engage::UntrustedText::forDisplay(first, engage::maxQuotedArgument))
                << '\n';
    printOverview(console.err, commands);
    return engage::ExitUsageOrIo;
}

} // namespace

int main(int argc, char* argv[])
{
    // A file size limit (ulimit -f) must make a write fail cleanly, not kill the process
    // half-way; QSaveFile then leaves the previous file as it was.
    std::signal(SIGXFSZ, SIG_IGN);
    // A reader that stops early (`| head`) must not kill engagectl either: the write then fails
    // with EPIPE and is reported as a write error on standard output, exit 2 (docs/engagectl.md).
    std::signal(SIGPIPE, SIG_IGN);
    holdClosedStandardStreams(); // before anything opens a file

    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("engagectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENGAGE_VERSION));
    // The user's language, as git and gpg follow it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    engage::speakLanguage(QLocale::system());

    engage::Console console;
    if (const std::optional<int> index = firstUndecodableArgument(argc, argv)) {
        console.err << QCoreApplication::translate(
                           "engagectl",
                           "engagectl: argument %1 (%2) is not UTF-8 text; engagectl takes file "
                           "names in UTF-8 only. Rename the file, or pass it as \"-\" on "
                           "standard input.")
                           .arg(*index)
                           .arg(engage::UntrustedText::forDisplay(
                               QCoreApplication::arguments().value(*index),
                               engage::maxQuotedArgument))
                    << '\n';
        return engage::ExitUsageOrIo;
    }
    const int exitCode = runCommandLine(QCoreApplication::arguments().mid(1), console);
    // Checked once here, so that no command can exit 0 with its output lost (docs/engagectl.md). A
    // command that already failed with an I/O error has said why.
    const std::optional<QString> error = console.finishOutput();
    if (error && exitCode != engage::ExitUsageOrIo) {
        console.err << QCoreApplication::translate("engagectl", "engagectl: %1").arg(*error)
                    << '\n';
        return engage::ExitUsageOrIo;
    }
    return exitCode;
}
