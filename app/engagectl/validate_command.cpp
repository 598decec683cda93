#include "validate_command.h"

#include "config/config_file.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "json/json_writer.h"

#include <optional>
#include <vector>

namespace engage {

namespace {

// The reason a file could not be read, for the JSON that is English in every locale: said on
// standard error in the user's language, then read again in English. Standard input, which
// cannot be read twice, was read in English already (run() below).
QString readErrorInEnglish(const QString& file, const BoundedInput& input)
{
    if (file == QLatin1String("-"))
        return *input.error;
    const MachineReadableLanguage language(true);
    return ConfigFile::readBytes(file).error.value_or(*input.error);
}

} // namespace

QString ValidateCommand::summary() const
{
    return tr("Validate configuration files offline; exit 1 when any is invalid.");
}

int ValidateCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Count warnings as failures too."));
    parser.addOptions({json, strict});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Configuration files; \"-\" reads standard input."),
                                 QStringLiteral("FILE..."));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no file given."), console);
    if (const auto stop = refuseStandardInputTwice(files, console))
        return *stop;

    int exitCode = ExitSuccess;
    std::vector<JsonValue> reports;
    for (const QString& file : files) {
        // Under --json, standard input is read once, in English: its reason for failing goes
        // into the JSON, and so to standard error in English too.
        std::optional<MachineReadableLanguage> english;
        if (parser.isSet(json) && file == QLatin1String("-"))
            english.emplace(true);
        const BoundedInput input = readConfigReportingError(file, console);
        english.reset();
        if (input.error) {
            if (parser.isSet(json)) {
                reports.push_back(JsonValue::makeObject(
                    {{QStringLiteral("file"), JsonValue::makeString(file)},
                     {QStringLiteral("valid"), JsonValue::makeBool(false)},
                     {QStringLiteral("error"),
                      JsonValue::makeString(readErrorInEnglish(file, input))},
                     {QStringLiteral("diagnostics"), JsonValue::makeArray({})}}));
            }
            exitCode = ExitUsageOrIo;
            continue;
        }
        // Under --json, the diagnostics' messages are English, as the rest of the JSON.
        const ConfigLoadResult result = [&] {
            const MachineReadableLanguage language(parser.isSet(json));
            return ConfigFile::load(input);
        }();
        const int errors = countOf(result.diagnostics, Severity::Error);
        const int warnings = countOf(result.diagnostics, Severity::Warning);
        const bool valid = errors == 0 && !(parser.isSet(strict) && warnings > 0);
        if (!valid && exitCode == ExitSuccess)
            exitCode = ExitInvalid;

        if (parser.isSet(json)) {
            reports.push_back(JsonValue::makeObject(
                {{QStringLiteral("file"), JsonValue::makeString(file)},
                 {QStringLiteral("valid"), JsonValue::makeBool(valid)},
                 {QStringLiteral("diagnostics"), diagnosticsToJson(result.diagnostics)}}));
            continue;
        }
        printDiagnostics(console.out, fileLabel(file), result.diagnostics);
        // One sentence per verdict, so that a translation places the colon as its language does.
        const QString verdict = valid ? tr("%1: valid (%2, %3)") : tr("%1: invalid (%2, %3)");
        console.out << verdict.arg(fileLabel(file), tr("%n error(s)", nullptr, errors),
                                   tr("%n warning(s)", nullptr, warnings))
                    << '\n';
    }
    if (parser.isSet(json)) {
        console.out << QString::fromUtf8(toCompactJson(JsonValue::makeObject(
                           {{QStringLiteral("files"), JsonValue::makeArray(std::move(reports))}})))
                    << '\n';
    }
    return exitCode;
}

} // namespace engage
