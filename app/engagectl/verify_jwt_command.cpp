#include "verify_jwt_command.h"

#include "batch_verification.h"
#include "exit_code.h"
#include "io/bounded_input.h"
#include "verdict_output.h"

#include <QFile>

#include <cstdio>

namespace engage {

QString VerifyJwtCommand::summary() const
{
    return tr("Verify signed identities (JWT) as Engage would; exit 1 when one is rejected.");
}

int VerifyJwtCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption config = configOption();
    const QCommandLineOption now = nowOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption batch(
        QStringLiteral("batch"),
        tr("Verify one token per line of FILE (\"-\": standard input) and print one "
           "JSON verdict per line, in input order."),
        QStringLiteral("FILE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     tr("Worker threads for --batch (default: one per core)."),
                                     QStringLiteral("N"));
    parser.addOptions({config, now, json, batch, threads});
    parser.addPositionalArgument(QStringLiteral("TOKEN"),
                                 tr("The token, or \"-\" to read it from standard input."),
                                 QStringLiteral("(TOKEN | - | --batch FILE)"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.isSet(config))
        return usageError(tr("--config FILE is required."), console);
    const int positionals = static_cast<int>(parser.positionalArguments().size());
    if (parser.isSet(batch) ? positionals != 0 : positionals != 1)
        return usageError(tr("give one token, \"-\", or --batch FILE."), console);
    if (parser.isSet(threads) && !parser.isSet(batch))
        return usageError(tr("--threads applies to --batch only; one token is verified on one "
                             "thread."),
                          console);
    if (const auto stop = refuseStandardInputTwice(
            parser.positionalArguments() << parser.value(config) << parser.values(batch), console))
        return *stop;
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
    if (parser.isSet(batch)) {
        QFile input;
        if (const std::optional<QString> error =
                BoundedInputReader::open(input, parser.value(batch))) {
            printMessage(console, *error);
            return ExitUsageOrIo;
        }
        QFile output;
        output.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        // The verdicts are English, as every machine-readable output; a failure is said after
        // the run, on standard error, in the user's language.
        const BatchSummary summary = [&] {
            const MachineReadableLanguage language(true);
            const JwtVerifier verifier(*community);
            return BatchVerification::run(verifier, input, output, *nowSeconds, *threadCount);
        }();
        if (summary.failure != BatchSummary::Failure::None) {
            printMessage(console,
                         BatchVerification::failureMessage(summary.failure, input, output));
            return ExitUsageOrIo;
        }
        return summary.rejected > 0 ? ExitInvalid : ExitSuccess;
    }

    const std::optional<QByteArray> token =
        readTokenArgument(parser.positionalArguments().constFirst(), console);
    if (!token)
        return ExitUsageOrIo;
    // Under --json, the verdict's messages and hints are English, as the rest of the JSON.
    const JwtVerdict verdict = [&] {
        const MachineReadableLanguage language(parser.isSet(json));
        return JwtVerifier(*community).verify(*token, *nowSeconds);
    }();
    if (parser.isSet(json)) {
        QByteArray line;
        appendVerdictJson(line, verdict);
        console.out << QString::fromUtf8(line) << '\n';
    } else {
        printVerdict(console.out, verdict);
    }
    return verdict.accepted ? ExitSuccess : ExitInvalid;
}

} // namespace engage
