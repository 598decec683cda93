#include "sources_command.h"

#include "api/list_content_sources_command.h"
#include "exit_code.h"
#include "json/json_writer.h"
#include "text/untrusted_text.h"

namespace engage {

QString SourcesCommand::summary() const
{
    return tr("List the content sources of the account, or of one community.");
}

int SourcesCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    addServerOptions(parser, false);
    addOptionalCommunity(parser);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments."), console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;

    ListContentSourcesCommand list(client(), communityId(parser));
    runToEnd(list);
    if (list.error())
        return reportError(*list.error(), console);

    if (parser.isSet(json)) {
        std::vector<JsonValue> records;
        for (const ContentSourceRecord& source : list.sources())
            records.push_back(source.toJson());
        console.out << QString::fromUtf8(toCompactJson(
                           JsonValue::makeObject({{QStringLiteral("sources"),
                                                   JsonValue::makeArray(std::move(records))}})))
                    << '\n';
        return ExitSuccess;
    }
    for (const ContentSourceRecord& source : list.sources()) {
        console.out << UntrustedText::forDisplay(source.id) << "  "
                    << UntrustedText::forDisplay(source.name) << "  "
                    << UntrustedText::forDisplay(source.type);
        // Engage Messaging sources say where the chat is offered.
        QStringList platforms;
        if (source.enableWeb.value_or(false))
            platforms.append(tr("web"));
        if (source.enableIos.value_or(false))
            platforms.append(tr("iOS"));
        if (source.enableAndroid.value_or(false))
            platforms.append(tr("Android"));
        if (!platforms.isEmpty())
            console.out << "  " << tr("(enabled on %1)").arg(platforms.join(QStringLiteral(", ")));
        if (!source.active.value_or(true))
            console.out << "  " << tr("(inactive)");
        console.out << '\n';
    }
    console.out.flush();
    console.err << tr("Content sources listed: %1.").arg(list.sources().size()) << '\n';
    return ExitSuccess;
}

} // namespace engage
