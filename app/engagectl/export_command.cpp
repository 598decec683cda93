#include "export_command.h"

#include "config/config_file.h"
#include "config/config_writer.h"
#include "config/private_key_paths.h"
#include "config/unknown_members.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

namespace engage {

QString ExportCommand::summary() const
{
    return tr("Write the canonical form of a configuration atomically; an invalid configuration is "
              "refused unless --allow-invalid.");
}

int ExportCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write; \"-\" writes standard output."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption redact(QStringLiteral("redact-secrets"),
                                    tr("Write every HS256 secret as null."));
    const QCommandLineOption allowInvalid(QStringLiteral("allow-invalid"),
                                          tr("Export even when the configuration has errors."));
    const QCommandLineOption dropUnknown(
        QStringLiteral("drop-unknown"),
        tr("Leave out the members this version does not know (kept by default), and list them."));
    parser.addOptions({out, redact, allowInvalid, dropUnknown});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The configuration; \"-\" reads standard input."),
                                 QStringLiteral("FILE"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one configuration file."), console);
    if (!parser.isSet(out))
        return usageError(tr("--out OUT is required."), console);
    // An empty name would reach the writer and fail with a message naming no file.
    if (parser.value(out).isEmpty())
        return usageError(tr("--out needs a file name."), console);

    const QString file = parser.positionalArguments().constFirst();
    const std::optional<ConfigLoadResult> loaded = loadConfigReportingDiagnostics(file, console);
    if (!loaded)
        return ExitUsageOrIo;
    const ConfigLoadResult& result = *loaded;
    if (!result.config) {
        printMessage(
            console,
            tr("%1 cannot be read as a configuration; nothing was written.").arg(fileLabel(file)));
        return ExitInvalid;
    }
    // Checked before validity, since --allow-invalid cannot help: the canonical form would drop
    // or rewrite these values, and the output could even validate with another meaning.
    const Diagnostics notWritten = ConfigFile::notWrittenAsRead(result.diagnostics);
    if (!notWritten.isEmpty()) {
        for (const Diagnostic& diagnostic : notWritten) {
            printMessage(console, tr("\"%1\": %2; fix it first.")
                                      .arg(UntrustedText::forDisplay(diagnostic.path),
                                           ConfigFile::whyNotWrittenAsRead(diagnostic)));
        }
        printMessage(console, tr("%1 holds values its canonical form cannot write as "
                                 "they were read; nothing was written, even with --allow-invalid.")
                                  .arg(fileLabel(file)));
        return ExitInvalid;
    }
    if (!result.isValid() && !parser.isSet(allowInvalid)) {
        printMessage(console, tr("%1 is invalid; nothing was written. Fix the errors, or pass "
                                 "--allow-invalid to export it as it is.")
                                  .arg(fileLabel(file)));
        return ExitInvalid;
    }
    // A member name is text read from the file: a control character in it is shown escaped.
    const SaveOptions options{parser.isSet(redact)};
    CommunityConfig config = *result.config;
    if (parser.isSet(dropUnknown)) {
        for (const QString& path : unknownMemberPaths(config)) {
            printMessage(
                console,
                tr("the unknown member %1 was left out.").arg(UntrustedText::quoted(path)));
        }
        config = withoutUnknownMembers(std::move(config));
    } else if (options.redactSecrets) {
        // Redaction knows the "secret" member only: a key's unknown member could hold a secret
        // under another name (a typo, an old secret kept aside).
        for (const QString& path : unknownMemberPaths(config)) {
            if (path.startsWith(QLatin1String("/jwt_keys/"))) {
                printMessage(console, tr("the unknown member %1 of a JWT key is "
                                         "written as it is, not redacted; check that it holds no "
                                         "secret, or pass --drop-unknown.")
                                          .arg(UntrustedText::quoted(path)));
            }
        }
    }

    // After --drop-unknown, so that a member is said to be left out once.
    for (const QString& path : privateKeyPaths(config)) {
        printMessage(console, tr("the private key at %1 was left out: it is never "
                                 "written, and only public keys belong in a configuration.")
                                  .arg(UntrustedText::quoted(path)));
    }

    const QString target = parser.value(out);
    if (target == QLatin1String("-")) {
        const CommunityConfig written =
            options.redactSecrets ? config.withSecretsRedacted() : config;
        console.out << QString::fromUtf8(canonicalJson(written));
        return ExitSuccess;
    }
    if (const std::optional<QString> error = ConfigFile::save(target, config, options)) {
        printMessage(console, *error);
        return ExitUsageOrIo;
    }
    console.err << (options.redactSecrets
                        ? tr("Wrote %1 with secrets redacted.").arg(fileLabel(target))
                        : tr("Wrote %1.").arg(fileLabel(target)))
                << '\n';
    return ExitSuccess;
}

} // namespace engage
