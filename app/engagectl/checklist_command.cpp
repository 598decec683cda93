#include "checklist_command.h"

#include "config/console_checklist.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

namespace engage {

QString ChecklistCommand::summary() const
{
    return tr("Print the steps to enter a configuration's settings in the Engage admin console, "
              "for servers without the settings API.");
}

int ChecklistCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption showSecrets(
        QStringLiteral("show-secrets"),
        tr("Print HMAC secrets themselves instead of their SHA-256 fingerprints."));
    parser.addOption(showSecrets);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The configuration file; \"-\" reads standard input."));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one configuration file."), console);
    const QString path = parser.positionalArguments().constFirst();
    // The admin console applies the same rules: values with errors would be refused there.
    const LoadedConfig loaded = loadValidConfig(
        path,
        tr("%1 has errors, which the admin console would refuse as well; fix them first.")
            .arg(fileLabel(path)),
        console);
    if (!loaded.config)
        return loaded.exitCode;
    const CommunityConfig& config = *loaded.config;

    const QList<ChecklistStep> steps =
        ConsoleChecklist::stepsFor(config, parser.isSet(showSecrets));
    bool fingerprintsShown = false;
    for (qsizetype index = 0; index < steps.size(); ++index) {
        console.out << index + 1 << ". " << steps[index].instruction << '\n';
        for (const ChecklistValue& value : steps[index].values) {
            // A PEM key keeps its line breaks, indented under its label, to be pasted whole.
            const QStringList lines = value.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            // Whole patterns, so that a translation spaces the colon as its language does.
            if (lines.size() == 1) {
                console.out << "     "
                            << tr("%1: %2").arg(value.label,
                                                UntrustedText::forDisplay(lines.constFirst()));
            } else {
                console.out << "     " << tr("%1:").arg(value.label);
                for (const QString& line : lines)
                    console.out << "\n       " << UntrustedText::forDisplay(line);
            }
            if (value.isSecretFingerprint) {
                console.out << "  " << tr("(fingerprint: paste the secret itself)");
                fingerprintsShown = true;
            }
            console.out << '\n';
        }
    }
    console.out.flush();
    if (fingerprintsShown)
        console.err << tr("HMAC secrets are shown as SHA-256 fingerprints, to compare with the "
                          "secret you paste; pass --show-secrets to print them.")
                    << '\n';
    return ExitSuccess;
}

} // namespace engage
