#include "command.h"

#include "exit_code.h"

namespace engage {

std::optional<int> Command::parse(QCommandLineParser& parser, const QStringList& arguments,
                                  Console& console) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    parser.addOption(helpOption);
    // QCommandLineParser takes the program name first.
    if (!parser.parse(QStringList{QStringLiteral("engagectl")} + arguments))
        return usageError(parser.errorText(), console);
    if (parser.isSet(helpOption)) {
        // Qt names the executable's full path in the usage line; scripts' readers want
        // "engagectl <command>".
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1String(" [options]")),
                     tr("Usage: engagectl %1").arg(name()));
        console.out << help;
        return ExitSuccess;
    }
    return std::nullopt;
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON."));
}

int Command::usageError(const QString& message, Console& console) const
{
    console.err << QStringLiteral("engagectl %1: %2\n").arg(name(), message)
                << tr("Run \"engagectl %1 --help\" for its usage.").arg(name()) << '\n';
    return ExitUsageOrIo;
}

} // namespace engage
