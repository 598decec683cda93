#include "diff_command.h"

#include "api/fetch_settings_command.h"
#include "api/sync_base.h"
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

} // namespace

QString DiffCommand::summary() const
{
    return tr("Show what a push would change, field by field; secrets appear only as "
              "fingerprints.");
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
    const LocalFile local = loadLocal(file, false, console);
    if (!local.loaded)
        return local.exitCode;
    const SyncBaseLoadResult base = SyncBase::load(file);
    if (base.error) {
        console.err << "engagectl diff: " << *base.error << '\n';
        return ExitUsageOrIo;
    }

    FetchSettingsCommand fetch(client(), communityId(parser));
    runToEnd(fetch);
    if (fetch.error())
        return reportError(*fetch.error(), console);
    const ConfigChanges changes = ConfigDiff::between(
        fetch.remote().settings, *local.loaded->config, ConfigDiff::Scope::MessagingSettings);
    const bool remoteMoved = base.base &&
                             base.base->isFor(client().serverUrl(), communityId(parser)) &&
                             base.base->etag != fetch.remote().etag;

    if (parser.isSet(json)) {
        std::vector<JsonValue> items;
        for (const ConfigChange& change : changes) {
            items.push_back(JsonValue::makeObject(
                {{QStringLiteral("path"), JsonValue::makeString(change.path)},
                 {QStringLiteral("change"), JsonValue::makeString(kindName(change.kind))},
                 {QStringLiteral("remote"), sideValue(change.before)},
                 {QStringLiteral("local"), sideValue(change.after)}}));
        }
        console.out
            << QString::fromUtf8(toCompactJson(JsonValue::makeObject(
                   {{QStringLiteral("community"), JsonValue::makeString(communityId(parser))},
                    {QStringLiteral("remote_etag"), JsonValue::makeString(fetch.remote().etag)},
                    {QStringLiteral("remote_changed_since_pull"), JsonValue::makeBool(remoteMoved)},
                    {QStringLiteral("changes"), JsonValue::makeArray(std::move(items))}})))
            << '\n';
    } else {
        printChanges(console.out, changes);
    }
    if (remoteMoved) {
        console.err << tr("The remote settings changed since %1 was pulled, so a push would be "
                          "refused as a conflict; pull again and redo the changes.")
                           .arg(fileLabel(file))
                    << '\n';
    }
    return ExitSuccess;
}

} // namespace engage
