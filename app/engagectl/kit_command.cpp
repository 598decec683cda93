#include "kit_command.h"

#include "config/config_file.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "kit/integration_kit.h"
#include "kit/kit_document.h"

namespace engage {

QString KitCommand::summary() const
{
    return tr("Write the integration kit of a JWT key for the website team: header, payload "
              "template, expiry rule and signing code in seven languages.");
}

int KitCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption config = configOption();
    const QCommandLineOption kid(QStringLiteral("kid"),
                                 tr("The ID of the key the website signs with."),
                                 QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("html (one self-contained page, the default) or markdown."),
                                    QStringLiteral("FORMAT"), QStringLiteral("html"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write; standard output when not given."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption includeSecret(
        QStringLiteral("include-secret"),
        tr("Put the HS256 secret in the kit; the file is then readable by its owner only."));
    parser.addOptions({config, kid, format, out, includeSecret});
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.isSet(config) || !parser.isSet(kid))
        return usageError(tr("--config FILE and --kid ID are required."), console);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments."), console);
    const std::optional<KitFormat> kitFormat = KitDocument::formatNamed(parser.value(format));
    if (!kitFormat)
        return usageError(tr("--format takes html or markdown."), console);
    if (parser.isSet(out) && parser.value(out).isEmpty())
        return usageError(tr("--out needs a file name."), console);

    const QString path = parser.value(config);
    if (parser.isSet(out)) {
        if (const auto stop = refuseOutputOverInput(parser.value(out), {path}, console))
            return *stop;
    }
    const std::optional<ConfigLoadResult> loaded = loadConfigReportingDiagnostics(path, console);
    if (!loaded)
        return ExitUsageOrIo;
    // A member of the wrong JSON type was never read: the kit would leave it out unseen.
    if (!loaded->config || !ConfigFile::notWrittenAsRead(loaded->diagnostics).isEmpty()) {
        printMessage(
            console,
            tr("%1 cannot be read as a configuration; fix it first.").arg(fileLabel(path)));
        return ExitInvalid;
    }
    // IntegrationKit refuses a configuration with errors, but not a redacted secret that the
    // kit does not hold: a file exported with --redact-secrets makes a kit without it.
    const IntegrationKitResult result =
        IntegrationKit::build(*loaded->config, parser.value(kid), parser.isSet(includeSecret));
    if (result.error) {
        printMessage(console, *result.error);
        return ExitInvalid;
    }
    if (parser.isSet(includeSecret) && !result.kit->secret) {
        printMessage(console, tr("key %1 is RS256: it has no secret to include, and the "
                                 "kit never holds a private key.")
                                  .arg(result.kit->keyId));
    }

    if (!parser.isSet(out)) {
        console.out << QString::fromUtf8(KitDocument::render(*result.kit, *kitFormat));
        return ExitSuccess;
    }
    const QString target = parser.value(out);
    if (const auto error =
            AtomicFile::write(KitDocument::fileContent(target, *result.kit, *kitFormat))) {
        printMessage(console, *error);
        return ExitUsageOrIo;
    }
    console.err << (result.kit->secret
                        ? tr("Wrote %1 with the secret of key %2, readable by you only.")
                              .arg(fileLabel(target), result.kit->keyId)
                        : tr("Wrote %1.").arg(fileLabel(target)))
                << '\n';
    return ExitSuccess;
}

} // namespace engage
