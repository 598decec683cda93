#include "check_identity_command.h"

#include "exit_code.h"
#include "jwt/jwt_verifier.h"
#include "verdict_output.h"

namespace engage {

QString CheckIdentityCommand::summary() const
{
    return tr("Check a non-signed identity (a plain JSON object) against a community's mode and "
              "mapping.");
}

int CheckIdentityCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption config = configOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({config, json});
    parser.addPositionalArgument(
        QStringLiteral("IDENTITY"),
        tr("A JSON file holding the identity; \"-\" reads standard input."),
        QStringLiteral("IDENTITY_JSON_FILE"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.isSet(config))
        return usageError(tr("--config FILE is required."), console);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one identity file."), console);
    if (const auto stop =
            refuseStandardInputTwice(parser.positionalArguments() << parser.value(config), console))
        return *stop;

    const std::optional<JsonValue> identity =
        readJsonObject(parser.positionalArguments().constFirst(), console);
    if (!identity)
        return ExitUsageOrIo;
    const LoadedConfig loaded = loadConfig(parser.value(config), console);
    if (!loaded.config)
        return loaded.exitCode;
    const std::optional<CommunityConfig>& community = loaded.config;

    // Under --json, the verdict's messages are English, as the rest of the JSON.
    const IdentityVerdict verdict = [&] {
        const MachineReadableLanguage language(parser.isSet(json));
        return JwtVerifier(*community).checkIdentity(*identity);
    }();
    if (parser.isSet(json)) {
        QByteArray line;
        appendIdentityVerdictJson(line, verdict);
        console.out << QString::fromUtf8(line) << '\n';
    } else {
        printIdentityVerdict(console.out, verdict);
    }
    return verdict.accepted ? ExitSuccess : ExitInvalid;
}

} // namespace engage
