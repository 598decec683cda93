#include "command.h"

#include "config/config_file.h"
#include "diagnostic_output.h"
#include "exit_code.h"

#include <QDateTime>

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

std::optional<CommunityConfig> Command::loadConfig(const QString& path, Console& console) const
{
    const BoundedInput input = ConfigFile::readBytes(path);
    if (input.error) {
        console.err << QStringLiteral("engagectl %1: ").arg(name()) << *input.error << '\n';
        return std::nullopt;
    }
    ConfigLoadResult result = ConfigFile::load(input.bytes);
    printDiagnostics(console.err, fileLabel(path), result.diagnostics);
    if (!result.config) {
        console.err << tr("engagectl %1: %2 is not a configuration that can be read.")
                           .arg(name(), fileLabel(path))
                    << '\n';
        return std::nullopt;
    }
    if (hasErrors(result.diagnostics)) {
        console.err
            << tr("engagectl %1: %2 has errors; keys with errors cannot verify or sign anything.")
                   .arg(name(), fileLabel(path))
            << '\n';
    }
    return std::move(result.config);
}

QCommandLineOption Command::nowOption()
{
    return QCommandLineOption(QStringLiteral("now"),
                              tr("Take this Unix time (seconds) as the current time."),
                              QStringLiteral("UNIX"));
}

std::optional<qint64> Command::nowFrom(const QCommandLineParser& parser,
                                       const QCommandLineOption& now, Console& console) const
{
    if (!parser.isSet(now))
        return QDateTime::currentSecsSinceEpoch();
    bool isNumber = false;
    const qint64 value = parser.value(now).toLongLong(&isNumber);
    if (!isNumber) {
        usageError(
            tr("--now takes a Unix time in seconds, not \"%1\".").arg(parser.value(now).left(40)),
            console);
        return std::nullopt;
    }
    return value;
}

} // namespace engage
