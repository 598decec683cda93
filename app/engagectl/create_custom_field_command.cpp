#include "create_custom_field_command.h"

#include "api/create_identity_group_field_command.h"
#include "exit_code.h"
#include "text/untrusted_text.h"

#include <QRegularExpression>

namespace engage {

namespace {

// The types POST /custom_fields takes without a list of choices (docs/api.md).
const QStringList customFieldTypes{QStringLiteral("string"), QStringLiteral("boolean"),
                                   QStringLiteral("text"), QStringLiteral("integer"),
                                   QStringLiteral("float")};

} // namespace

QString CreateCustomFieldCommand::summary() const
{
    return tr("Create an Identity Group custom field on the server.");
}

int CreateCustomFieldCommand::run(const QStringList& arguments, Console& console)
{
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("The field's key, as mapping rows name it (a-z, 0-9, _)."),
                                 QStringLiteral("K"));
    const QCommandLineOption label(QStringLiteral("label"), tr("The label agents see."),
                                   QStringLiteral("L"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("The field's type: %1 (default string).")
                                      .arg(customFieldTypes.join(QStringLiteral(", "))),
                                  QStringLiteral("T"), QStringLiteral("string"));
    parser.addOptions({key, label, type});
    addServerOptions(parser, false);
    if (const auto stop = parse(parser, arguments, console))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("this command takes no arguments."), console);
    // The rule of custom_field_key_invalid (docs/validation.md): a key a file could not map is
    // refused before anything is created.
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (!keyPattern.match(parser.value(key)).hasMatch())
        return usageError(tr("--key takes a key of lowercase letters, digits and \"_\" only."),
                          console);
    if (parser.value(label).trimmed().isEmpty())
        return usageError(tr("--label L is required."), console);
    if (!customFieldTypes.contains(parser.value(type)))
        return usageError(
            tr("--type takes one of: %1.").arg(customFieldTypes.join(QStringLiteral(", "))),
            console);
    if (const auto stop = connectToServer(parser, console))
        return *stop;

    CreateIdentityGroupFieldCommand create(client(), parser.value(key), parser.value(label),
                                           parser.value(type));
    runToEnd(create);
    if (create.error())
        return reportError(*create.error(), console);

    const CustomFieldRecord& created = create.created();
    console.out << tr("Created the Identity Group custom field \"%1\" (\"%2\", %3), ID %4.")
                       .arg(UntrustedText::forDisplay(created.key),
                            UntrustedText::forDisplay(created.label),
                            UntrustedText::forDisplay(created.type),
                            UntrustedText::forDisplay(created.id))
                << '\n';
    console.out.flush();
    console.err << tr("The API cannot set a custom field's regex: if this field needs one (a UUID "
                      "mapped to it does), set it in the Engage admin console under Admin > "
                      "Custom fields, then add it to the configuration file's catalogue.")
                << '\n';
    return ExitSuccess;
}

} // namespace engage
