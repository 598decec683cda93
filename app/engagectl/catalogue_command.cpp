#include "catalogue_command.h"

#include "api/list_custom_fields_command.h"
#include "config/catalogue_refresh.h"
#include "config/config_file.h"
#include "config/pull_target.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

namespace engage {

QString CatalogueCommand::summary() const
{
    return tr("Refresh a configuration's custom fields catalogue from the server, keeping each "
              "field's regex.");
}

int CatalogueCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Say what would change without writing the file."));
    parser.addOption(dryRun);
    addServerOptions(parser, true);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The configuration file to refresh."));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one configuration file."), console);
    const QString path = parser.positionalArguments().constFirst();
    if (path == QLatin1String("-"))
        return usageError(tr("the configuration file is rewritten in place, so it cannot be "
                             "standard input."),
                          console);
    // Read whole before anything is fetched, as pull does: a file that could not be written
    // back as read is left alone.
    const BoundedInput input = readConfigReportingError(path, console);
    if (input.error)
        return ExitUsageOrIo;
    // pull makes a configuration of an empty file; catalogue only refreshes one.
    if (input.bytes.isEmpty()) {
        printMessage(console, tr("%1 is empty: catalogue refreshes the catalogue of a "
                                 "configuration; \"engagectl pull --out FILE\" makes one. "
                                 "Nothing was written.")
                                  .arg(fileLabel(path)));
        return ExitInvalid;
    }
    const PullTarget target = readPullTarget(input);
    if (!target.config) {
        printDiagnostics(console.err, fileLabel(path), target.problems);
        printMessage(console, tr("%1 cannot be read whole as a configuration, so "
                                 "rewriting it would lose what it holds; nothing was written.")
                                  .arg(fileLabel(path)));
        return ExitInvalid;
    }
    const QString community = communityId(parser);
    if (!target.config->community.id.isEmpty() && target.config->community.id != community) {
        printMessage(console,
                     tr("%1 is the configuration of the community %2, "
                        "not %3; nothing was written.")
                         .arg(fileLabel(path), UntrustedText::quoted(target.config->community.id),
                              UntrustedText::quoted(community)));
        return ExitUsageOrIo;
    }

    if (const auto stop = connectToServer(parser, console))
        return *stop;

    ListCustomFieldsCommand list(client());
    runToEnd(list);
    if (list.error())
        return reportError(*list.error(), console);

    warnAboutSkipped(list.skippedRecords(), console);
    const CatalogueRefresh refresh =
        CatalogueRefresh::of(*target.config, list.customFields(), list.skippedRecords().isEmpty());
    for (const CustomField& field : refresh.added)
        console.out << tr("Added the custom field %1 (%2, %3).")
                           .arg(UntrustedText::quoted(field.key),
                                UntrustedText::quoted(field.label),
                                UntrustedText::forDisplay(field.type))
                    << '\n';
    for (const CustomField& field : refresh.removed)
        console.out << (field.regex ? tr("Removed the custom field %1, which the server no "
                                         "longer has, with its regex %2.")
                                          .arg(UntrustedText::quoted(field.key),
                                               UntrustedText::quoted(*field.regex))
                                    : tr("Removed the custom field %1, which the server no "
                                         "longer has.")
                                          .arg(UntrustedText::quoted(field.key)))
                    << '\n';
    for (const CustomField& field : refresh.kept)
        console.out << tr("Kept the custom field %1: the server did not list it, but its list "
                          "had a record this program could not read, which may be this field.")
                           .arg(UntrustedText::quoted(field.key))
                    << '\n';
    for (const CatalogueRefresh::Relabelled& change : refresh.relabelled)
        console.out << tr("Relabelled the custom field %1: %2 → %3.")
                           .arg(UntrustedText::quoted(change.key),
                                UntrustedText::quoted(change.before),
                                UntrustedText::quoted(change.after))
                    << '\n';
    for (const CatalogueRefresh::Relabelled& change : refresh.retyped)
        console.out << tr("Changed the type of the custom field %1: %2 → %3.")
                           .arg(UntrustedText::quoted(change.key),
                                UntrustedText::quoted(change.before),
                                UntrustedText::quoted(change.after))
                    << '\n';
    console.out.flush();

    if (refresh.changesNothing()) {
        console.err
            << tr("The catalogue of %1 is up to date; nothing was written.").arg(fileLabel(path))
            << '\n';
        return ExitSuccess;
    }
    if (parser.isSet(dryRun)) {
        console.err << tr("Dry run: %1 was not changed.").arg(fileLabel(path)) << '\n';
        return ExitSuccess;
    }
    if (const auto error = ConfigFile::save(path, refresh.config)) {
        printMessage(console, *error);
        return ExitUsageOrIo;
    }
    // A removed field may leave a mapping row pointing nowhere: said now, not at the next push.
    if (!loadConfigReportingDiagnostics(path, console))
        return ExitUsageOrIo;
    console.err << tr("Refreshed the custom fields catalogue of %1.").arg(fileLabel(path)) << '\n';
    return ExitSuccess;
}

} // namespace engage
