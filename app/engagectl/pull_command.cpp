#include "pull_command.h"

#include "api/pull_configuration_command.h"
#include "api/sync_record.h"
#include "config/config_file.h"
#include "config/pull_target.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "sync/sync_plan.h"
#include "text/untrusted_text.h"

#include <QFileInfo>

namespace engage {

QString PullCommand::summary() const
{
    return tr("Write a community's settings and custom fields catalogue into a configuration "
              "file.");
}

int PullCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The configuration file to write."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    addServerOptions(parser, true);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments; the file is given by --out."),
                          console);
    const QString target = parser.value(out);
    if (target.isEmpty())
        return usageError(tr("--out FILE is required (a file: its sync record is kept beside "
                             "it)."),
                          console);
    if (target == QLatin1String("-"))
        return usageError(tr("--out takes a file, not standard output: the pulled "
                             "configuration's sync record is kept beside it."),
                          console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;

    // Read before anything is fetched: a file the pull could not carry over whole (a JSON slip,
    // another format, a value of the wrong type) is left as it is rather than replaced.
    CommunityConfig existing;
    // A file is read, and a directory refused, as every command reads a configuration; a
    // missing file is a new one. Anything else (a pipe, a device) is not read, which could
    // block, but refused by the writer.
    const QFileInfo targetInfo(target);
    const bool targetExisted = targetInfo.isFile() || targetInfo.isDir();
    if (targetExisted) {
        const BoundedInput input = readConfigReportingError(target, console);
        if (input.error)
            return ExitUsageOrIo;
        PullTarget read = readPullTarget(input);
        if (!read.config) {
            printDiagnostics(console.err, fileLabel(target), read.problems);
            printMessage(console,
                         tr("%1 cannot be read whole as a configuration, so a "
                            "pull would lose what it holds; nothing was written. Fix the file, "
                            "or choose another --out.")
                             .arg(fileLabel(target)));
            return ExitInvalid;
        }
        // A mistyped --community must not replace another community's keys and mapping.
        const QString community = communityId(parser);
        if (!read.config->community.id.isEmpty() && read.config->community.id != community) {
            printMessage(console, tr("%1 is the configuration of the community %2, not %3; "
                                     "nothing was written. Check --community, or choose another "
                                     "--out.")
                                      .arg(fileLabel(target),
                                           UntrustedText::quoted(read.config->community.id),
                                           UntrustedText::quoted(community)));
            return ExitUsageOrIo;
        }
        existing = std::move(*read.config);
    }

    PullConfigurationCommand pull(client(), communityId(parser));
    runToEnd(pull);
    if (pull.error() && !pull.isPartial())
        return reportError(*pull.error(), console);
    // A custom field the server sent malformed is not in the catalogue: say which.
    warnAboutSkipped(pull.skippedCustomFields(), console);

    // The server holds neither unknown members (docs/file-format.md) nor regexes (docs/api.md): the
    // file's. What it could not give (docs/api.md settings, a catalogue the token may not read) is
    // the file's as well.
    const PulledConfiguration pulled = pulledOver(pull.configurationOver(existing), existing,
                                                  pull.skippedCustomFields().isEmpty());
    if (const auto error = writePulled(target, pulled.config, pull)) {
        printMessage(console, *error);
        return ExitUsageOrIo;
    }
    // What is now on disk, validated as any file: the server may hold settings that break a
    // rule, which the administrator should hear about now rather than at the next push.
    if (!loadConfigReportingDiagnostics(target, console))
        return ExitUsageOrIo;
    // The server is the catalogue's authority, but a field leaving the file is said, with the
    // regex that left with it, which existed nowhere else.
    for (const CustomField& dropped : pulled.droppedCustomFields) {
        const QString key = UntrustedText::forDisplay(dropped.key);
        printMessage(
            console,
            dropped.regex
                ? tr("the custom field \"%1\" is not in the server's "
                     "catalogue, so it was removed from %2 with its regex \"%3\".")
                      .arg(key, fileLabel(target), UntrustedText::forDisplay(*dropped.regex))
                : tr("the custom field \"%1\" is not in the server's "
                     "catalogue, so it was removed from %2.")
                      .arg(key, fileLabel(target)));
    }
    for (const CustomField& kept : pulled.keptCustomFields) {
        printMessage(console,
                     tr("the custom field \"%1\" was kept in %2: the server did "
                        "not list it, but its list had a record this program could not read, "
                        "which may be this field.")
                         .arg(UntrustedText::forDisplay(kept.key), fileLabel(target)));
    }
    const QString name = pull.configuration().community.name;
    const QString communityShown = UntrustedText::forDisplay(communityId(parser));
    const QString community =
        name.isEmpty()
            ? communityShown
            : QStringLiteral("\"%1\" (%2)").arg(UntrustedText::forDisplay(name), communityShown);
    if (!pull.isPartial()) {
        console.err << tr("Pulled the community %1 into %2.").arg(community, fileLabel(target))
                    << '\n';
        return ExitSuccess;
    }
    return reportPartialPull(pull, community, fileLabel(target), targetExisted, console);
}

std::optional<QString> PullCommand::writePulled(const QString& target,
                                                const CommunityConfig& config,
                                                const PullConfigurationCommand& pull) const
{
    // The file and its sync record together: a file without its record could later be
    // pushed over remote changes unchecked. Without remote settings there is no base to
    // record: the file's settings, and the record beside them, stay as they were.
    if (!pull.settingsRead())
        return ConfigFile::save(target, config);
    // Its record keeps the settings pulled: the base of the next push's merge.
    const SyncRecord base =
        SyncRecord::of(client().serverUrl().toString(), pull.configuration().community.id,
                       pull.etag(), pull.configuration());
    return SyncPlan::recordPull(target, config, base);
}

int PullCommand::reportPartialPull(const PullConfigurationCommand& pull, const QString& community,
                                   const QString& file, bool fileExisted, Console& console) const
{
    // The reason for each part first, then what the file now holds instead.
    for (const ApiError& error : pull.unreadParts())
        printMessage(console, error.message);
    if (!pull.settingsRead()) {
        printMessage(console,
                     (fileExisted
                          ? tr("%1 now holds the community %2 as the server has "
                               "it; its signed identities, mapping and JWT keys were kept as "
                               "the file had them.")
                          : tr("%1 now holds the community %2 as the server has "
                               "it, with no signed identities setting, mapping or JWT key: "
                               "fill them in as the admin console shows them."))
                         .arg(file, community));
    }
    if (!pull.catalogueRead())
        printMessage(console, tr("the custom fields catalogue could not be read, so %1 "
                                 "keeps the catalogue it had; everything else was pulled from the "
                                 "community %2.")
                                  .arg(file, community));
    // A catalogue left stale is the worse surprise: a script that only expects the missing
    // extension (exit 5, on every real domain) must still notice a token that lacks a
    // permission (exit 4).
    return pull.catalogueRead() ? ExitNoSuchApi : ExitNetworkOrAuth;
}

} // namespace engage
