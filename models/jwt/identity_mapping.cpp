#include "jwt/identity_mapping.h"

#include <algorithm>
#include <string_view>

namespace engage {

namespace {

// Strings and numbers map as their text; booleans as "true" or "false"; the rest maps nothing.
bool isMappable(JsonValue::Type type)
{
    return type == JsonValue::Type::String || type == JsonValue::Type::Number ||
           type == JsonValue::Type::Bool;
}

// Sets `out` to the text, reusing its storage: ASCII, as mapped values usually are, is widened
// in place as it is checked; other text goes through Qt's UTF-8 decoder.
void setText(QString& out, std::string_view utf8)
{
    out.resize(static_cast<qsizetype>(utf8.size()));
    QChar* unit = out.data();
    for (const char c : utf8) {
        if (static_cast<uchar>(c) >= 0x80) {
            out = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
            return;
        }
        *unit++ = QLatin1Char(c);
    }
}

void setMappedText(const JsonTape& identity, JsonTape::Index value, QString& out)
{
    if (identity.type(value) == JsonValue::Type::Bool)
        setText(out, identity.toBool(value) ? "true" : "false");
    else
        setText(out, identity.text(value));
}

} // namespace

void mapFields(const std::vector<PreparedMappingRow>& mapping, const VerdictTexts& texts,
               const JsonTape& identity, const IdentityMembers& members, MappedFields& fields,
               std::vector<JsonTape::Index>& namedExtraValues)
{
    const TapeMember& extraValues = members.extraValues;
    namedExtraValues.clear();
    qsizetype count = 0;
    for (std::size_t index = 0; index < mapping.size(); ++index) {
        const PreparedMappingRow& row = mapping[index];
        const TapeMember value = row.isUuid    ? members.uuid
                                 : extraValues ? identity.member(*extraValues, row.key)
                                               : std::nullopt;
        if (value && !row.isUuid)
            namedExtraValues.push_back(*value);
        if (!value || !isMappable(identity.type(*value)))
            continue;
        const QString& name = texts.fieldNames[index];
        qsizetype slot = 0;
        while (slot < count && fields[slot].field != name)
            ++slot;
        if (slot == count) {
            if (count == fields.size())
                fields.append(MappedField{});
            ++count;
            if (!fields[slot].field.isSharedWith(name))
                fields[slot].field = name;
        }
        setMappedText(identity, *value, fields[slot].value);
    }
    fields.resize(count);
}

} // namespace engage
