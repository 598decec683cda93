#include "communities_command.h"

#include "api/list_communities_command.h"
#include "exit_code.h"
#include "json/json_writer.h"
#include "text/untrusted_text.h"

namespace engage {

QString CommunitiesCommand::summary() const
{
    return tr("List every community of the account (all pages).");
}

int CommunitiesCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    addServerOptions(parser, false);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments."), console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;

    ListCommunitiesCommand list(client());
    runToEnd(list);
    if (list.error())
        return reportError(*list.error(), console);

    warnAboutSkipped(list.skippedRecords(), console);
    if (parser.isSet(json)) {
        std::vector<JsonValue> records;
        records.reserve(static_cast<std::size_t>(list.communities().size()));
        for (const CommunityRecord& community : list.communities())
            records.push_back(community.toJson());
        std::vector<JsonValue> skippedRecords;
        for (const SkippedRecord& skipped : list.skippedRecords()) {
            std::vector<JsonValue::Member> members{
                {QStringLiteral("offset"), JsonValue::makeNumber(QString::number(skipped.offset))}};
            if (!skipped.id.isEmpty())
                members.push_back({QStringLiteral("id"), JsonValue::makeString(skipped.id)});
            members.push_back({QStringLiteral("reason"), JsonValue::makeString(skipped.reason)});
            skippedRecords.push_back(JsonValue::makeObject(std::move(members)));
        }
        console.out
            << QString::fromUtf8(toCompactJson(JsonValue::makeObject(
                   {{QStringLiteral("communities"), JsonValue::makeArray(std::move(records))},
                    {QStringLiteral("skipped"), JsonValue::makeArray(std::move(skippedRecords))}})))
            << '\n';
        return ExitSuccess;
    }
    for (const CommunityRecord& community : list.communities()) {
        console.out << UntrustedText::forDisplay(community.id) << "  "
                    << UntrustedText::forDisplay(community.name);
        if (!community.active)
            console.out << "  " << tr("(inactive)");
        console.out << '\n';
    }
    console.out.flush();
    console.err << tr("Communities listed: %1.").arg(list.communities().size()) << '\n';
    return ExitSuccess;
}

} // namespace engage
