#include "check_identity_command.h"

#include "exit_code.h"
#include "io/bounded_input.h"
#include "json/json_parser.h"
#include "jwt/jwt_verifier.h"
#include "verdict_output.h"

namespace engage {

namespace {

// An identity is a small JSON object; a larger file is not one.
constexpr qint64 maxIdentitySize = 1024 * 1024;

} // namespace

QString CheckIdentityCommand::summary() const
{
    return tr("Check a non-signed identity (a plain JSON object) against a community's mode and "
              "mapping.");
}

int CheckIdentityCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption config(QStringLiteral("config"), tr("The community configuration."),
                                    QStringLiteral("FILE"));
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

    const QString file = parser.positionalArguments().constFirst();
    const BoundedInput input = BoundedInputReader::read(file, maxIdentitySize);
    if (input.error) {
        console.err << "engagectl check-identity: " << *input.error << '\n';
        return ExitUsageOrIo;
    }
    if (input.exceeds(maxIdentitySize)) {
        console.err
            << tr("engagectl check-identity: %1 is larger than 1 MiB; it is not an identity.")
                   .arg(file)
            << '\n';
        return ExitUsageOrIo;
    }
    const JsonParseResult identity = parseJson(input.bytes);
    if (identity.error) {
        console.err << tr("engagectl check-identity: %1 is not valid JSON: line %2, column %3: %4.")
                           .arg(file)
                           .arg(identity.error->position.line)
                           .arg(identity.error->position.column)
                           .arg(identity.error->message)
                    << '\n';
        return ExitUsageOrIo;
    }
    if (!identity.value->isObject()) {
        console.err << tr("engagectl check-identity: %1 does not hold a JSON object; an identity "
                          "is one object.")
                           .arg(file)
                    << '\n';
        return ExitUsageOrIo;
    }
    const std::optional<CommunityConfig> community = loadConfig(parser.value(config), console);
    if (!community)
        return ExitUsageOrIo;

    const IdentityVerdict verdict = JwtVerifier(*community).checkIdentity(*identity.value);
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
