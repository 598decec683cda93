#include "gen_secret_command.h"

#include "crypto/secure_random.h"
#include "exit_code.h"
#include "json/json_writer.h"

namespace engage {

QString GenSecretCommand::summary() const
{
    return tr("Print a new HS256 secret: 24 lowercase hex characters from a cryptographic random "
              "generator.");
}

int GenSecretCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments."), console);

    const std::optional<QString> secret = generateHmacSecret();
    if (!secret) {
        printMessage(console, tr("the system's random generator failed; no secret "
                                 "was made."));
        return ExitUsageOrIo;
    }
    if (parser.isSet(json))
        console.out << QString::fromUtf8(toCompactJson(JsonValue::makeObject(
                           {{QStringLiteral("secret"), JsonValue::makeString(*secret)}})))
                    << '\n';
    else
        console.out << *secret << '\n';
    return ExitSuccess;
}

} // namespace engage
