#include "push_command.h"

#include "api/fetch_settings_command.h"
#include "api/push_settings_command.h"
#include "api/sync_base.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

namespace engage {

QString PushCommand::summary() const
{
    return tr("Replace a community's settings with those of a valid configuration file, unless "
              "they changed remotely since it was pulled.");
}

int PushCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would change and change nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption force(
        QStringLiteral("force"),
        tr("Push even though the file has no sync record for this community and server, "
           "replacing the remote settings whatever they became since."));
    parser.addOption(force);
    addServerOptions(parser, true);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The configuration file."),
                                 QStringLiteral("FILE"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one configuration file."), console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;
    const QString community = communityId(parser);
    const QString file = parser.positionalArguments().constFirst();
    // An invalid file is refused before anything is sent.
    const LocalFile local = loadLocal(file, true, console);
    if (!local.loaded)
        return local.exitCode;
    const CommunityConfig& config = *local.loaded->config;
    SyncBaseLoadResult base = SyncBase::load(file);
    if (base.error) {
        console.err << "engagectl push: " << *base.error << '\n';
        return ExitUsageOrIo;
    }
    const QString server = client().serverUrl().toString();
    // What the messages below show of the arguments and of the sync record (a file), escaped.
    const QString communityShown = UntrustedText::forDisplay(community);
    const QString serverShown = UntrustedText::forDisplay(server);
    switch (SyncBase::fitness(base.base, config.community.id, client().serverUrl(), community)) {
    case SyncBase::Fitness::Fits:
        break;
    case SyncBase::Fitness::Missing:
        if (!parser.isSet(force)) {
            console.err << tr("engagectl push: %1 has no sync record (it was not pulled, or was "
                              "copied without its .sync file), so changes made to the community "
                              "%2 on %3 since could not be detected; nothing was pushed. Pull "
                              "the community first and redo the changes, or push with --force "
                              "to replace the remote settings whatever they are.")
                               .arg(fileLabel(file), communityShown, serverShown)
                        << '\n';
            return ExitConflict;
        }
        break;
    case SyncBase::Fitness::OtherCommunity:
        if (!parser.isSet(force)) {
            console.err << tr("engagectl push: %1 was pulled from the community %2 on %3, not "
                              "from the community %4 on %5; nothing was pushed. Pull the "
                              "community %4 first, or push with --force to replace its remote "
                              "settings whatever they are.")
                               .arg(fileLabel(file),
                                    UntrustedText::forDisplay(base.base->communityId),
                                    UntrustedText::forDisplay(base.base->server), communityShown,
                                    serverShown)
                        << '\n';
            return ExitConflict;
        }
        // Forced: that record says nothing about this community's settings.
        base.base.reset();
        break;
    case SyncBase::Fitness::FileForOtherCommunity:
        if (!parser.isSet(force)) {
            console.err << tr("engagectl push: %1 is the configuration of the community %2, not "
                              "of the community %3; nothing was pushed. Give --community %2, or "
                              "push with --force to replace the remote settings of %3 with "
                              "those of %2.")
                               .arg(fileLabel(file), UntrustedText::forDisplay(config.community.id),
                                    communityShown)
                        << '\n';
            return ExitConflict;
        }
        // Forced: the file's record, if any, is about the file's community, not this one.
        base.base.reset();
        break;
    }

    FetchSettingsCommand fetch(client(), community);
    runToEnd(fetch);
    if (fetch.error())
        return reportError(*fetch.error(), console);
    const RemoteSettings& remote = fetch.remote();
    const ConfigChanges changes =
        ConfigDiff::between(remote.settings, config, ConfigDiff::Scope::MessagingSettings);

    if (base.base && base.base->etag != remote.etag) {
        printChanges(console.out, changes);
        console.err << tr("engagectl push: the remote settings changed since %1 was pulled; "
                          "nothing was pushed. The differences above are between the current "
                          "remote settings and the file: pull again, redo the changes, and push.")
                           .arg(fileLabel(file))
                    << '\n';
        return ExitConflict;
    }
    if (!base.base) {
        console.err << tr("engagectl push: --force: the push replaces the remote settings of "
                          "the community %1 as they are now.")
                           .arg(communityShown)
                    << '\n';
    }
    printChanges(console.out, changes);
    if (parser.isSet(dryRun)) {
        console.err << tr("Dry run: nothing was pushed.") << '\n';
        return ExitSuccess;
    }
    if (changes.isEmpty())
        return ExitSuccess;

    // Conditional on the settings just compared, so that a change made meanwhile is a conflict.
    PushSettingsCommand push(client(), community, config, remote.etag);
    runToEnd(push);
    if (push.error()) {
        if (push.error()->kind == ApiErrorKind::Conflict) {
            console.err << tr("engagectl push: the remote settings changed while pushing; nothing "
                              "was pushed. What a push would now change:")
                        << '\n';
            printChanges(console.out, ConfigDiff::between(push.remote().settings, config,
                                                          ConfigDiff::Scope::MessagingSettings));
        }
        return reportError(*push.error(), console);
    }
    const SyncBase pushed{client().serverUrl().toString(), community, push.remote().etag};
    if (file == QLatin1String("-")) {
        // Standard input has no place for a sync record.
    } else if (const auto error = pushed.save(file)) {
        console.err << "engagectl push: " << *error << '\n';
        return ExitUsageOrIo;
    }
    console.err << tr("Pushed the changes above to the community %1.").arg(communityShown) << '\n';
    return ExitSuccess;
}

} // namespace engage
