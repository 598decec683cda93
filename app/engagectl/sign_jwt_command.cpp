#include "sign_jwt_command.h"

#include "exit_code.h"
#include "jwt/jwt_signer.h"

namespace engage {

QString SignJwtCommand::summary() const
{
    return tr("Sign a test token for a configured key, for integrators to try against Engage.");
}

int SignJwtCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption config = configOption();
    const QCommandLineOption kid(QStringLiteral("kid"),
                                 tr("The ID of the configured key to sign with."),
                                 QStringLiteral("ID"));
    const QCommandLineOption privateKey(
        QStringLiteral("private-key"),
        tr("RS256: the PEM private key matching the configured public key."),
        QStringLiteral("PEM"));
    const QCommandLineOption ttl(
        QStringLiteral("ttl"),
        tr("Lifetime in seconds when the payload has no exp (default 7200)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption now = nowOption();
    parser.addOptions({config, kid, privateKey, ttl, now});
    parser.addPositionalArgument(
        QStringLiteral("PAYLOAD_FILE"),
        tr("A JSON file holding the payload object; \"-\" reads standard input."),
        QStringLiteral("PAYLOAD_FILE"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.isSet(config) || !parser.isSet(kid))
        return usageError(tr("--config FILE and --kid ID are required."), console);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one payload file."), console);
    if (const auto stop = refuseStandardInputTwice(
            parser.positionalArguments() << parser.value(config) << parser.values(privateKey),
            console))
        return *stop;

    JwtSignRequest request;
    request.kid = parser.value(kid);
    if (parser.isSet(ttl)) {
        bool isNumber = false;
        request.ttlSeconds = parser.value(ttl).toLongLong(&isNumber);
        if (!isNumber || request.ttlSeconds < 0)
            return usageError(tr("--ttl takes a whole number of seconds."), console);
    }
    const std::optional<qint64> nowSeconds = nowFrom(parser, now, console);
    if (!nowSeconds)
        return ExitUsageOrIo;
    request.nowUnixSeconds = *nowSeconds;

    const std::optional<JsonValue> payload =
        readJsonObject(parser.positionalArguments().constFirst(), console);
    if (!payload)
        return ExitUsageOrIo;
    request.payload = *payload;
    if (parser.isSet(privateKey)) {
        PrivateKeyFile pem = JwtSigner::readPrivateKeyFile(parser.value(privateKey));
        if (pem.error) {
            printMessage(console, *pem.error);
            return ExitUsageOrIo;
        }
        request.privateKeyPem = std::move(pem.pem);
    }
    const LoadedConfig loaded = loadConfig(parser.value(config), console);
    if (!loaded.config)
        return loaded.exitCode;
    const std::optional<CommunityConfig>& community = loaded.config;

    const JwtSignResult result = JwtSigner::sign(*community, request);
    if (result.error) {
        printMessage(console, *result.error);
        return ExitInvalid;
    }
    console.out << QString::fromLatin1(*result.token) << '\n';
    return ExitSuccess;
}

} // namespace engage
