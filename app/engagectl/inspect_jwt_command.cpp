#include "inspect_jwt_command.h"

#include "exit_code.h"
#include "json/json_writer.h"
#include "jwt/jwt_verifier.h"

namespace engage {

QString InspectJwtCommand::summary() const
{
    return tr("Decode a JWT without verifying it (no key, no clock): its header and payload, "
              "marked UNVERIFIED.");
}

int InspectJwtCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("TOKEN"),
                                 tr("The token, or \"-\" to read it from standard input."),
                                 QStringLiteral("(TOKEN | -)"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one token."), console);

    const std::optional<QByteArray> token =
        readTokenArgument(parser.positionalArguments().constFirst(), console);
    if (!token)
        return ExitUsageOrIo;
    // Under --json, the reason a token cannot be decoded is English, as the rest of the JSON.
    const JwtInspection inspection = [&] {
        const MachineReadableLanguage language(parser.isSet(json));
        return JwtVerifier::inspect(*token);
    }();
    if (parser.isSet(json)) {
        QByteArray line = "{\"verified\":false";
        if (inspection.problem) {
            line.append(",\"error\":");
            appendJsonString(line, *inspection.problem);
        }
        if (inspection.header) {
            line.append(",\"header\":");
            appendCompactJson(line, *inspection.header);
        }
        if (inspection.payload) {
            line.append(",\"payload\":");
            appendCompactJson(line, *inspection.payload);
        }
        line.append('}');
        console.out << QString::fromUtf8(line) << '\n';
    } else if (inspection.header || inspection.payload) {
        // Only above something decoded: for input that decodes to nothing (too large, not a
        // token) the error below is all there is to say, and standard output stays empty.
        console.out
            << tr("UNVERIFIED: this token was decoded without checking its signature or expiry; "
                  "use verify-jwt to know whether Engage would accept it.")
            << '\n';
        // Pretty-printed for people, members in the order the token has them.
        if (inspection.header)
            console.out << tr("Header:") << '\n'
                        << QString::fromUtf8(toIndentedJson(*inspection.header));
        if (inspection.payload)
            console.out << tr("Payload:") << '\n'
                        << QString::fromUtf8(toIndentedJson(*inspection.payload));
    }
    if (inspection.problem) {
        // Under --json the problem above is English; standard error has it in the user's
        // language, from a second look at the token.
        const QString problem = parser.isSet(json)
                                    ? JwtVerifier::inspect(*token).problem.value_or(QString())
                                    : *inspection.problem;
        printMessage(console, tr("the token cannot be decoded: %1").arg(problem));
        return ExitInvalid;
    }
    return ExitSuccess;
}

} // namespace engage
