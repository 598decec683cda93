#include "config/config_reader.h"

#include "config/private_key_paths.h"
#include "json/json_parser.h"
#include "json/json_pointer.h"
#include "text/untrusted_text.h"

#include <QStringList>

namespace engage {

namespace {

const QString formatName = QStringLiteral("engage-messaging-community");
constexpr qint64 supportedVersion = 1;
// A configuration is three levels deep; the limit only keeps hostile nesting cheap.
constexpr int maxConfigDepth = 64;
// An unknown member's name is quoted in its warning up to this length.
constexpr qsizetype maxQuotedName = 60;

// Walks the JSON tree and copies what has the right type into the value types.
class StructureReader
{
public:
    explicit StructureReader(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

    CommunityConfig readRoot(const JsonValue& root, ConfigReader::Shape shape)
    {
        CommunityConfig config;
        if (shape == ConfigReader::Shape::ConfigurationFile) {
            config.unknownMembers = keepUnknownMembers(
                root,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("community"),
                 QStringLiteral("signed_identities"), QStringLiteral("custom_fields"),
                 QStringLiteral("extra_values_mapping"), QStringLiteral("jwt_keys")},
                QString());
            checkFormat(root.member(QStringLiteral("format")));
            checkVersion(root.member(QStringLiteral("version")));
            if (const JsonValue* community =
                    objectMember(root, QStringLiteral("community"), QString()))
                config.community = readCommunity(*community, QStringLiteral("/community"));
        } else {
            // Warned of but not kept: the top level of an answer is not a file's top level (a
            // "community" there would clash with the file's own), and a pull keeps the
            // existing file's top level (withUnknownMembersCarried).
            keepUnknownMembers(root,
                               {QStringLiteral("signed_identities"),
                                QStringLiteral("extra_values_mapping"), QStringLiteral("jwt_keys"),
                                QStringLiteral("updated_at")},
                               QString());
            stringMember(root, QStringLiteral("updated_at"), QString());
        }
        if (auto mode = stringMember(root, QStringLiteral("signed_identities"), QString()))
            config.signedIdentities = *mode;
        if (shape == ConfigReader::Shape::ConfigurationFile)
            readArray(root, QStringLiteral("custom_fields"), config.customFields,
                      &StructureReader::readCustomField);
        readArray(root, QStringLiteral("extra_values_mapping"), config.extraValuesMapping,
                  &StructureReader::readMappingRow);
        readArray(root, QStringLiteral("jwt_keys"), config.jwtKeys, &StructureReader::readJwtKey);
        return config;
    }

private:
    void checkFormat(const JsonValue* format)
    {
        if (!format) {
            add(DiagnosticCode::FormatInvalid, QStringLiteral("/format"),
                ConfigReader::tr("The \"format\" member is missing: a configuration file declares "
                                 "\"format\": \"%1\".")
                    .arg(formatName));
        } else if (!format->isString() || format->text() != formatName) {
            add(DiagnosticCode::FormatInvalid, QStringLiteral("/format"),
                ConfigReader::tr("The format must be \"%1\"; this file is not an Engage Messaging "
                                 "community configuration.")
                    .arg(formatName));
        }
    }

    void checkVersion(const JsonValue* version)
    {
        if (!version) {
            add(DiagnosticCode::VersionUnsupported, QStringLiteral("/version"),
                ConfigReader::tr(
                    "The \"version\" member is missing: this program reads version %1.")
                    .arg(supportedVersion));
        } else if (!version->isNumber() || !version->isInteger()) {
            add(DiagnosticCode::VersionUnsupported, QStringLiteral("/version"),
                ConfigReader::tr(
                    "The version must be a whole number: this program reads version %1.")
                    .arg(supportedVersion));
        } else if (version->toInteger() != supportedVersion) {
            add(DiagnosticCode::VersionUnsupported, QStringLiteral("/version"),
                ConfigReader::tr("Version %1 is not supported: this program reads version %2.")
                    .arg(version->text())
                    .arg(supportedVersion));
        }
    }

    CommunityInfo readCommunity(const JsonValue& object, const QString& path)
    {
        CommunityInfo community;
        community.unknownMembers = keepUnknownMembers(
            object, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("server")}, path);
        community.id = stringMember(object, QStringLiteral("id"), path).value_or(QString());
        community.name = stringMember(object, QStringLiteral("name"), path).value_or(QString());
        community.server = stringMember(object, QStringLiteral("server"), path).value_or(QString());
        return community;
    }

    CustomField readCustomField(const JsonValue& object, const QString& path)
    {
        CustomField field;
        if (!expectType(object, JsonValue::Type::Object, path))
            return field;
        field.unknownMembers = keepUnknownMembers(object,
                                                  {QStringLiteral("key"), QStringLiteral("label"),
                                                   QStringLiteral("type"), QStringLiteral("regex")},
                                                  path);
        field.key = stringMember(object, QStringLiteral("key"), path).value_or(QString());
        field.label = stringMember(object, QStringLiteral("label"), path).value_or(QString());
        field.type = stringMember(object, QStringLiteral("type"), path).value_or(QString());
        field.regex = stringMember(object, QStringLiteral("regex"), path, NullMeansAbsent::Yes);
        return field;
    }

    MappingRow readMappingRow(const JsonValue& object, const QString& path)
    {
        MappingRow row;
        if (!expectType(object, JsonValue::Type::Object, path))
            return row;
        row.unknownMembers =
            keepUnknownMembers(object, {QStringLiteral("key"), QStringLiteral("field")}, path);
        row.key = stringMember(object, QStringLiteral("key"), path).value_or(QString());
        row.field = stringMember(object, QStringLiteral("field"), path).value_or(QString());
        return row;
    }

    JwtKey readJwtKey(const JsonValue& object, const QString& path)
    {
        JwtKey key;
        if (!expectType(object, JsonValue::Type::Object, path))
            return key;
        key.unknownMembers =
            keepUnknownMembers(object,
                               {QStringLiteral("id"), QStringLiteral("algorithm"),
                                QStringLiteral("secret"), QStringLiteral("public_key")},
                               path);
        key.id = stringMember(object, QStringLiteral("id"), path).value_or(QString());
        key.algorithm = stringMember(object, QStringLiteral("algorithm"), path).value_or(QString());
        // "secret": null is how redacted files say that the secret was left out.
        key.secret = stringMember(object, QStringLiteral("secret"), path, NullMeansAbsent::Yes);
        key.publicKey = stringMember(object, QStringLiteral("public_key"), path);
        return key;
    }

    template <typename Item>
    void readArray(const JsonValue& root, const QString& name, QList<Item>& list,
                   Item (StructureReader::*readItem)(const JsonValue&, const QString&))
    {
        const JsonValue* array = root.member(name);
        const QString path = jsonPointerAppend(QString(), name);
        if (!array || !expectType(*array, JsonValue::Type::Array, path))
            return;
        const std::vector<JsonValue>& items = array->items();
        list.reserve(static_cast<qsizetype>(items.size()));
        for (std::size_t index = 0; index < items.size(); ++index)
            list.append((this->*readItem)(items[index],
                                          jsonPointerAppend(path, static_cast<qsizetype>(index))));
    }

    enum class NullMeansAbsent { No, Yes };

    std::optional<QString> stringMember(const JsonValue& object, const QString& name,
                                        const QString& path,
                                        NullMeansAbsent nullMeansAbsent = NullMeansAbsent::No)
    {
        const JsonValue* value = object.member(name);
        if (!value || (value->isNull() && nullMeansAbsent == NullMeansAbsent::Yes))
            return std::nullopt;
        if (!expectType(*value, JsonValue::Type::String, jsonPointerAppend(path, name)))
            return std::nullopt;
        return value->text();
    }

    const JsonValue* objectMember(const JsonValue& object, const QString& name, const QString& path)
    {
        const JsonValue* value = object.member(name);
        if (!value || !expectType(*value, JsonValue::Type::Object, jsonPointerAppend(path, name)))
            return nullptr;
        return value;
    }

    bool expectType(const JsonValue& value, JsonValue::Type expected, const QString& path)
    {
        if (value.type() == expected)
            return true;
        add(DiagnosticCode::MemberTypeInvalid, path,
            ConfigReader::tr("This member must be %1, not %2.")
                .arg(typeDescription(expected), typeDescription(value.type())));
        return false;
    }

    // Warns of each member not in `known` and returns them, to be written back as read.
    UnknownMembers keepUnknownMembers(const JsonValue& object, const QStringList& known,
                                      const QString& path)
    {
        UnknownMembers unknown;
        for (const JsonValue::Member& member : object.members()) {
            if (!known.contains(member.first)) {
                m_diagnostics.append(ConfigReader::unknownMemberWarning(path, member));
                unknown.push_back(member);
            }
        }
        return unknown;
    }

    static QString typeDescription(JsonValue::Type type)
    {
        switch (type) {
        case JsonValue::Type::Null:
            return ConfigReader::tr("null");
        case JsonValue::Type::Bool:
            return ConfigReader::tr("a boolean");
        case JsonValue::Type::Number:
            return ConfigReader::tr("a number");
        case JsonValue::Type::String:
            return ConfigReader::tr("a string");
        case JsonValue::Type::Array:
            return ConfigReader::tr("an array");
        case JsonValue::Type::Object:
            return ConfigReader::tr("an object");
        }
        return QString();
    }

    void add(DiagnosticCode code, const QString& path, const QString& message)
    {
        m_diagnostics.append({code, path, message, {}});
    }

    Diagnostics& m_diagnostics;
};

} // namespace

Diagnostic ConfigReader::unknownMemberWarning(const QString& objectPath,
                                              const JsonValue::Member& member)
{
    const QString name = UntrustedText::forDisplay(member.first, maxQuotedName);
    const QString message =
        holdsPrivateKey(member)
            ? tr("The member \"%1\" is not part of the format and holds a private key, which is "
                 "never written: it will be left out. Only public keys belong in a "
                 "configuration.")
                  .arg(name)
            : tr("The member \"%1\" is not part of the format; it is kept as it is but has no "
                 "effect. Check its spelling.")
                  .arg(name);
    // Where the member's value was read: the window tells it, since no page shows the member.
    return {DiagnosticCode::UnknownMember, privateKeyMemberPath(objectPath, member.first), message,
            member.second.position()};
}

Diagnostic ConfigReader::tooLarge(std::optional<qint64> size)
{
    const QString message =
        size ? tr("The file is %1 bytes long; a configuration may be at most 16 MiB (%2 bytes), "
                  "so it was not read.")
                   .arg(*size)
                   .arg(maxConfigFileSize)
             : tr("The input is over 16 MiB; a configuration may be at most 16 MiB (%1 bytes), "
                  "so it was not read.")
                   .arg(maxConfigFileSize);
    return {DiagnosticCode::ConfigTooLarge, QString(), message, {}};
}

ConfigReadResult ConfigReader::read(QByteArrayView utf8, Shape shape)
{
    ConfigReadResult result;
    if (utf8.size() > maxConfigFileSize) {
        result.diagnostics.append(tooLarge(utf8.size()));
        return result;
    }
    JsonParseResult parsed = parseJson(utf8, JsonParseOptions{maxConfigDepth});
    if (parsed.error) {
        const JsonParseError& error = *parsed.error;
        result.diagnostics.append({DiagnosticCode::ConfigParseError, QString(),
                                   notValidJsonMessage(tr("The file"), error), error.position});
        return result;
    }
    if (!parsed.value->isObject()) {
        result.diagnostics.append({DiagnosticCode::ConfigParseError, QString(),
                                   tr("The file holds a JSON value that is not an object; a "
                                      "configuration is one JSON object."),
                                   parsed.value->position()});
        return result;
    }
    result.config = StructureReader(result.diagnostics).readRoot(*parsed.value, shape);
    result.document = std::move(parsed.value);
    return result;
}

} // namespace engage
