#include "identity_command.h"

#include "api/look_up_identity_command.h"
#include "config/identity_check.h"
#include "exit_code.h"
#include "json/json_writer.h"
#include "text/untrusted_text.h"

namespace engage {

namespace {

// "name: value", one pattern so that a translation spaces the colon as its language does.
QString memberLine(const QString& name, const JsonValue& value)
{
    return IdentityCommand::tr("%1: %2").arg(name, UntrustedText::forDisplay(plainTextOf(value)));
}

// "name: value" lines of a record's members, indented under its heading.
void printMembers(QTextStream& stream, const JsonValue& record)
{
    for (const JsonValue::Member& member : record.members()) {
        if (member.second.isObject()) {
            for (const JsonValue::Member& inner : member.second.members())
                stream << "  "
                       << memberLine(UntrustedText::forDisplay(member.first) + QLatin1Char('.') +
                                         UntrustedText::forDisplay(inner.first),
                                     inner.second)
                       << '\n';
            continue;
        }
        stream << "  " << memberLine(UntrustedText::forDisplay(member.first), member.second)
               << '\n';
    }
}

JsonValue checkJson(const IdentityFieldCheck& check)
{
    std::vector<JsonValue> held;
    for (const QString& value : check.held)
        held.push_back(JsonValue::makeString(value));
    return JsonValue::makeObject(
        {{QStringLiteral("key"), JsonValue::makeString(check.key)},
         {QStringLiteral("field"), JsonValue::makeString(check.field)},
         {QStringLiteral("expected"),
          check.expected ? JsonValue::makeString(*check.expected) : JsonValue::makeNull()},
         {QStringLiteral("held"), JsonValue::makeArray(std::move(held))},
         {QStringLiteral("verdict"), JsonValue::makeString(IdentityCheck::code(check.verdict))},
         {QStringLiteral("message"), JsonValue::makeString(IdentityCheck::describe(check))}});
}

} // namespace

QString IdentityCommand::summary() const
{
    return tr("Show a visitor's identity and identity group as Engage holds them, and check "
              "what a configuration's mapping wrote there.");
}

int IdentityCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption uuid(QStringLiteral("uuid"), tr("The visitor's UUID."),
                                  QStringLiteral("UUID"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Check the mapping of this configuration file against what Engage holds."),
        QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({uuid, config, json});
    addServerOptions(parser, true);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments."), console);
    if (parser.value(uuid).isEmpty())
        return usageError(tr("--uuid UUID is required."), console);
    std::optional<CommunityConfig> configuration;
    if (parser.isSet(config)) {
        LoadedConfig loaded = loadConfig(parser.value(config), console);
        if (!loaded.config)
            return loaded.exitCode;
        configuration = std::move(loaded.config);
    }
    if (const auto stop = connectToServer(parser, console))
        return *stop;

    LookUpIdentityCommand lookUp(client(), communityId(parser), parser.value(uuid));
    runToEnd(lookUp);
    if (lookUp.error())
        return reportError(*lookUp.error(), console);

    QList<IdentityFieldCheck> checks;
    if (lookUp.identity() && configuration)
        checks = IdentityCheck::of(*configuration, *lookUp.identity(), lookUp.group());
    const bool mappingFailed =
        std::any_of(checks.cbegin(), checks.cend(),
                    [](const IdentityFieldCheck& check) { return check.isProblem(); });

    if (parser.isSet(json)) {
        // The checks' messages are English, as the rest of the JSON.
        const MachineReadableLanguage language(true);
        std::vector<JsonValue> mapping;
        for (const IdentityFieldCheck& check : checks)
            mapping.push_back(checkJson(check));
        std::vector<JsonValue::Member> members{
            {QStringLiteral("identity"),
             lookUp.identity() ? lookUp.identity()->toJson() : JsonValue::makeNull()},
            {QStringLiteral("identity_group"),
             lookUp.group() ? lookUp.group()->toJson() : JsonValue::makeNull()}};
        if (configuration)
            members.emplace_back(QStringLiteral("mapping"),
                                 JsonValue::makeArray(std::move(mapping)));
        console.out << QString::fromUtf8(toCompactJson(JsonValue::makeObject(std::move(members))))
                    << '\n';
    } else if (lookUp.identity()) {
        console.out << tr("Identity %1:").arg(UntrustedText::forDisplay(lookUp.identity()->id))
                    << '\n';
        printMembers(console.out, lookUp.identity()->toJson());
        if (lookUp.group()) {
            console.out
                << tr("Identity group %1:").arg(UntrustedText::forDisplay(lookUp.group()->id))
                << '\n';
            printMembers(console.out, lookUp.group()->toJson());
        } else {
            console.out << tr("The identity has no identity group yet: Engage creates one when "
                              "data is added to the identity.")
                        << '\n';
        }
        if (configuration && configuration->extraValuesMapping.isEmpty()) {
            console.out << tr("%1 has no extra values mapping, so there is nothing to check.")
                               .arg(UntrustedText::forDisplay(parser.value(config)))
                        << '\n';
        } else if (configuration) {
            console.out << tr("The mapping, row by row:") << '\n';
            for (const IdentityFieldCheck& check : checks)
                console.out << (check.isProblem() ? "  ✗ " : "  ✓ ")
                            << IdentityCheck::describe(check) << '\n';
        }
    }
    console.out.flush();
    if (!lookUp.identity()) {
        printMessage(console, tr("the community %1 has no identity with the UUID "
                                 "%2; check the UUID the website sets and the community ID.")
                                  .arg(UntrustedText::forDisplay(communityId(parser)),
                                       UntrustedText::forDisplay(parser.value(uuid))));
        return ExitInvalid;
    }
    if (mappingFailed) {
        printMessage(console, tr("the mapping did not write what it should have; "
                                 "see the rows marked ✗."));
        return ExitInvalid;
    }
    return ExitSuccess;
}

} // namespace engage
