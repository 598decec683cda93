#include "push_command.h"

#include "api/fetch_settings_command.h"
#include "api/push_settings_command.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

namespace engage {

QString PushCommand::summary() const
{
    return tr("Send a valid configuration file's settings to a community, merged with what "
              "changed remotely since it was pulled; stop on changes to the same thing.");
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
           "replacing the remote settings whatever they became since; where the server and the "
           "file changed the same thing, keep the file's version."));
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
    const LoadedConfigFile local = loadLocal(file, true, console);
    if (!local.loaded)
        return local.exitCode;
    const CommunityConfig& config = *local.loaded->config;
    const SyncRecordLoadResult record = SyncRecord::load(file);
    if (record.error) {
        printMessage(console, *record.error);
        return ExitUsageOrIo;
    }
    const QString communityShown = UntrustedText::forDisplay(community);
    const bool forced = parser.isSet(force);
    const SyncPlan::BaseCheck check = SyncPlan::checkBase(
        record.base, fileLabel(file), config.community.id, client().serverUrl(), community);
    if (!check.fits() && !forced) {
        printMessage(console,
                     check.problem + QLatin1Char(' ') +
                         tr("Nothing was pushed: pull the community %1 first, or push with --force "
                            "to replace its remote settings whatever they are.")
                             .arg(communityShown));
        return ExitConflict;
    }
    if (!check.fits()) {
        printMessage(console,
                     check.problem + QLatin1Char(' ') +
                         tr("--force: the push replaces the remote settings of the community %1 "
                            "as they are now.")
                             .arg(communityShown));
    }

    FetchSettingsCommand fetch(client(), community);
    runToEnd(fetch);
    if (fetch.error())
        return reportError(*fetch.error(), console);
    const RemoteSettings& remote = fetch.remote();
    SyncPlan::Plan plan = SyncPlan::plan(check.base, remote, config);
    if (forced && !plan.conflicts.isEmpty())
        plan = SyncPlan::plan(check.base, remote, config, SyncPlan::yoursEverywhere(plan));
    printPlan(console.out, plan, community, fileLabel(file));
    if (plan.outcome == SyncPlan::Plan::Outcome::Conflict) {
        printMessage(console,
                     tr("the remote settings changed since %1 was pulled, and "
                        "the server and the file both changed what is listed above (base, "
                        "theirs, yours); nothing was pushed. Pull again and redo your changes, "
                        "or push with --force to keep the file's version of each.")
                         .arg(fileLabel(file)));
        return ExitConflict;
    }
    if (plan.outcome == SyncPlan::Plan::Outcome::Invalid) {
        printDiagnostics(console.err, fileLabel(file), plan.mergedErrors);
        printMessage(console, tr("merged with the remote changes, the settings of %1 "
                                 "would break the rules above; nothing was pushed. Pull again (the "
                                 "catalogue too) and redo your changes.")
                                  .arg(fileLabel(file)));
        return ExitConflict;
    }
    if (parser.isSet(dryRun)) {
        console.err << tr("Dry run: nothing was pushed.") << '\n';
        return ExitSuccess;
    }

    const QString server = client().serverUrl().toString();
    SyncRecord pushed = SyncRecord::of(server, community, remote.etag, remote.settings);
    if (plan.outcome == SyncPlan::Plan::Outcome::Push) {
        // Conditional on the settings just merged with, so that a change made meanwhile is a
        // conflict rather than lost.
        PushSettingsCommand push(client(), community, plan.merged, plan.etag);
        runToEnd(push);
        if (push.error()) {
            if (push.error()->kind == ApiErrorKind::Conflict) {
                printMessage(console, tr("the remote settings changed while pushing; "
                                         "nothing was pushed. Push again to merge them."));
            }
            return reportError(*push.error(), console);
        }
        pushed = SyncRecord::of(server, community, push.remote().etag, push.remote().settings);
    }
    // The file takes what the merge brought in, with its record: a later push cannot revert
    // the remote changes merged now. Standard input has no place for either.
    if (file != QLatin1String("-")) {
        if (const auto error = SyncPlan::recordPush(file, config, plan.merged, pushed)) {
            printMessage(console, *error);
            return ExitUsageOrIo;
        }
    }
    if (!plan.fromServer.isEmpty() && file != QLatin1String("-")) {
        console.err << tr("Wrote the remote changes merged above into %1.").arg(fileLabel(file))
                    << '\n';
    }
    console.err << (plan.outcome == SyncPlan::Plan::Outcome::Push
                        ? tr("Pushed the changes above to the community %1.").arg(communityShown)
                        : tr("Nothing to push: the community %1 already holds these settings.")
                              .arg(communityShown))
                << '\n';
    return ExitSuccess;
}

} // namespace engage
