#include "diff_command.h"

#include "api/fetch_settings_command.h"
#include "diagnostic_output.h"
#include "exit_code.h"
#include "json/json_parser.h"
#include "json/json_writer.h"

namespace engage {

namespace {

QString kindName(ConfigChange::Kind kind)
{
    switch (kind) {
    case ConfigChange::Kind::Added:
        return QStringLiteral("added");
    case ConfigChange::Kind::Removed:
        return QStringLiteral("removed");
    case ConfigChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

// A change's side is JSON text (ConfigDiff shows values so); absent is null.
JsonValue sideValue(const QString& text)
{
    JsonParseResult parsed = parseJson(text.toUtf8());
    return parsed.value ? std::move(*parsed.value) : JsonValue::makeNull();
}

JsonValue entityValue(const SettingsEntity& entity)
{
    return JsonValue::makeObject(
        {{QStringLiteral("kind"), JsonValue::makeString(entity.kindName())},
         {QStringLiteral("id"), JsonValue::makeString(entity.id)}});
}

// What a push would do: "push", "nothing", "invalid_file" (exit 1: push refuses an invalid
// file before anything else), "conflict" or "invalid_merge" (exit 3), or "no_base" (exit 3
// unless --force).
QString pushVerdict(bool fileValid, const SyncPlan::BaseCheck& check, const SyncPlan::Plan& plan)
{
    if (!fileValid)
        return QStringLiteral("invalid_file");
    if (!check.fits())
        return QStringLiteral("no_base");
    switch (plan.outcome) {
    case SyncPlan::Plan::Outcome::Conflict:
        return QStringLiteral("conflict");
    case SyncPlan::Plan::Outcome::Invalid:
        return QStringLiteral("invalid_merge");
    case SyncPlan::Plan::Outcome::Push:
        return QStringLiteral("push");
    case SyncPlan::Plan::Outcome::UpToDate:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

QString DiffCommand::summary() const
{
    return tr("Show what a push would change and merge, entity by entity, and what it would "
              "refuse; secrets appear only as fingerprints.");
}

int DiffCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    addServerOptions(parser, true);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The configuration file."),
                                 QStringLiteral("FILE"));
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one configuration file."), console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;
    const QString file = parser.positionalArguments().constFirst();
    const LoadedConfigFile local = loadLocal(file, false, console);
    if (!local.loaded)
        return local.exitCode;
    const CommunityConfig& config = *local.loaded->config;
    const bool fileValid = local.loaded->isValid();
    const SyncRecordLoadResult record = SyncRecord::load(file);
    if (record.error) {
        printMessage(console, *record.error);
        return ExitUsageOrIo;
    }
    const QString community = communityId(parser);
    // The same decisions as push, from the same core, so that diff says what push would do.
    const SyncPlan::BaseCheck check = SyncPlan::checkBase(
        record.base, fileLabel(file), config.community.id, client().serverUrl(), community);

    FetchSettingsCommand fetch(client(), community);
    runToEnd(fetch);
    if (fetch.error())
        return reportError(*fetch.error(), console);
    const RemoteSettings& remote = fetch.remote();
    // Under --json, the changes' descriptions are English, as the rest of the JSON.
    const SyncPlan::Plan plan = [&] {
        const MachineReadableLanguage language(parser.isSet(json));
        return SyncPlan::plan(check.base, remote, config);
    }();

    if (parser.isSet(json)) {
        // The conflicts' titles, worded here, are English too.
        const MachineReadableLanguage language(true);
        std::vector<JsonValue> items;
        for (const SettingsChange& change : plan.toServer) {
            for (const ConfigChange& member : change.members) {
                items.push_back(JsonValue::makeObject(
                    {{QStringLiteral("path"), JsonValue::makeString(member.path)},
                     {QStringLiteral("change"), JsonValue::makeString(kindName(member.kind))},
                     {QStringLiteral("remote"), sideValue(member.before)},
                     {QStringLiteral("local"), sideValue(member.after)},
                     {QStringLiteral("entity"), entityValue(change.entity)},
                     {QStringLiteral("description"), JsonValue::makeString(change.description)}}));
            }
        }
        std::vector<JsonValue> merged;
        for (const SettingsChange& change : plan.fromServer) {
            merged.push_back(JsonValue::makeObject(
                {{QStringLiteral("entity"), entityValue(change.entity)},
                 {QStringLiteral("description"), JsonValue::makeString(change.description)}}));
        }
        std::vector<JsonValue> conflicts;
        for (const SettingsConflict& conflict : plan.conflicts) {
            conflicts.push_back(JsonValue::makeObject(
                {{QStringLiteral("entity"), entityValue(conflict.entity)},
                 {QStringLiteral("description"),
                  JsonValue::makeString(SettingsChangeText::entityTitle(conflict.entity))},
                 {QStringLiteral("base"), JsonValue::makeString(conflict.base)},
                 {QStringLiteral("theirs"), JsonValue::makeString(conflict.theirs)},
                 {QStringLiteral("yours"), JsonValue::makeString(conflict.yours)}}));
        }
        console.out
            << QString::fromUtf8(toCompactJson(JsonValue::makeObject(
                   {{QStringLiteral("community"), JsonValue::makeString(community)},
                    {QStringLiteral("server"),
                     JsonValue::makeString(client().serverUrl().toString())},
                    {QStringLiteral("remote_etag"), JsonValue::makeString(remote.etag)},
                    {QStringLiteral("remote_changed_since_pull"),
                     JsonValue::makeBool(plan.remoteChanged)},
                    {QStringLiteral("push"),
                     JsonValue::makeString(pushVerdict(fileValid, check, plan))},
                    {QStringLiteral("changes"), JsonValue::makeArray(std::move(items))},
                    {QStringLiteral("merged_from_remote"), JsonValue::makeArray(std::move(merged))},
                    {QStringLiteral("conflicts"), JsonValue::makeArray(std::move(conflicts))}})))
            << '\n';
    } else {
        printPlan(console.out, plan, community, fileLabel(file));
    }
    if (!fileValid) {
        console.err << tr("%1 is invalid, so a push would refuse it and send nothing (exit 1): "
                          "fix the errors first.")
                           .arg(fileLabel(file))
                    << '\n';
    } else if (!check.fits()) {
        console.err << check.problem << ' '
                    << tr("A push would be refused for this reason (exit 3); with --force it "
                          "would replace the remote settings by those of the file, as shown "
                          "above.")
                    << '\n';
    } else if (plan.outcome == SyncPlan::Plan::Outcome::Conflict) {
        console.err << tr("The remote settings changed since %1 was pulled, and the server and "
                          "the file both changed what is listed as a conflict, so a push would "
                          "be refused (exit 3): pull again and redo your changes, or push with "
                          "--force to keep the file's version of each.")
                           .arg(fileLabel(file))
                    << '\n';
    } else if (plan.outcome == SyncPlan::Plan::Outcome::Invalid) {
        printDiagnostics(console.err, fileLabel(file), plan.mergedErrors);
        console.err << tr("Merged with the remote changes, the settings of %1 would break the "
                          "rules above, so a push would be refused (exit 3): pull again (the "
                          "catalogue too) and redo your changes.")
                           .arg(fileLabel(file))
                    << '\n';
    } else if (!plan.fromServer.isEmpty()) {
        console.err << tr("A push would merge the remote changes listed above into %1.")
                           .arg(fileLabel(file))
                    << '\n';
    }
    return ExitSuccess;
}

} // namespace engage
