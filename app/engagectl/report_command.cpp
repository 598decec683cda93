#include "report_command.h"

#include "exit_code.h"
#include "io/atomic_file.h"
#include "io/bounded_input.h"
#include "report/token_log_html.h"
#include "report/token_log_json.h"
#include "report/token_log_report.h"
#include "report/token_log_text.h"

#include <QFile>
#include <QFileInfo>

namespace engage {

QString ReportCommand::summary() const
{
    return tr("Report what a log of captured tokens says about a configuration: verdicts per "
              "key, reasons, hints, lifetimes, and which keys are still in use.");
}

int ReportCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption config = configOption();
    const QCommandLineOption now = nowOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The report's form: text (the default), json, or html "
                                       "(one self-contained page with charts)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write the report to FILE (replaced whole) instead of "
                                    "standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     tr("Worker threads (default: one per core)."),
                                     QStringLiteral("N"));
    parser.addOptions({config, now, format, out, threads});
    parser.addPositionalArgument(
        QStringLiteral("TOKENS"),
        tr("The token log, one token per line; \"-\" reads standard input."),
        QStringLiteral("TOKENS|-"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.isSet(config))
        return usageError(tr("--config FILE is required."), console);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give one token log, or \"-\" for standard input."), console);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json") &&
        formatName != QLatin1String("html"))
        return usageError(tr("--format takes text, json or html."), console);
    if (parser.isSet(out) && parser.value(out).isEmpty())
        return usageError(tr("--out needs a file name."), console);
    const QString tokensPath = parser.positionalArguments().constFirst();
    if (const auto stop = refuseStandardInputTwice({tokensPath, parser.value(config)}, console))
        return *stop;
    if (parser.isSet(out)) {
        if (const auto stop = refuseOutputOverInput(parser.value(out),
                                                    {parser.value(config), tokensPath}, console))
            return *stop;
    }
    const std::optional<int> threadCount = threadCountFrom(parser, threads, console);
    if (!threadCount)
        return ExitUsageOrIo;
    const std::optional<qint64> nowSeconds = nowFrom(parser, now, console);
    if (!nowSeconds)
        return ExitUsageOrIo;
    const LoadedConfig loaded = loadConfig(parser.value(config), console);
    if (!loaded.config)
        return loaded.exitCode;
    const std::optional<CommunityConfig>& community = loaded.config;

    QFile input;
    if (const std::optional<QString> error = BoundedInputReader::open(input, tokensPath)) {
        printMessage(console, *error);
        return ExitUsageOrIo;
    }
    TokenLogReportOptions options;
    options.nowUnixSeconds = *nowSeconds;
    options.threads = *threadCount;
    // Under --format json, the conclusions are English with C numbers, as the rest of the JSON.
    const bool json = formatName == QLatin1String("json");
    const TokenLogSummary summary = [&] {
        const MachineReadableLanguage language(json);
        return TokenLogReport::run(*community, input, options);
    }();
    // A read error met half-way goes to standard error, in the user's language, and no report
    // is printed from part of the log.
    if (summary.error) {
        printMessage(console, TokenLogReport::readErrorOf(input));
        return ExitUsageOrIo;
    }

    QByteArray report;
    if (json)
        report = tokenLogJson(summary);
    else if (formatName == QLatin1String("html"))
        report = TokenLogHtml::render(summary, tokensPath == QLatin1String("-")
                                                   ? tr("standard input")
                                                   : QFileInfo(tokensPath).fileName());
    else
        report = TokenLogText::render(summary).toUtf8();
    if (parser.isSet(out)) {
        if (const std::optional<QString> error =
                AtomicFile::write({parser.value(out), report, false})) {
            printMessage(console, *error);
            return ExitUsageOrIo;
        }
        return ExitSuccess;
    }
    console.out << QString::fromUtf8(report);
    return ExitSuccess;
}

} // namespace engage
