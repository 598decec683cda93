#include "api/identity_records.h"

#include "api/record_reader.h"
#include "api/record_writer.h"
#include "config/community_config.h"
#include "json/json_writer.h"

namespace engage {

QString plainTextOf(const JsonValue& value)
{
    switch (value.type()) {
    case JsonValue::Type::String:
    case JsonValue::Type::Number:
        return value.text();
    case JsonValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString::fromUtf8(toCompactJson(value));
    }
}

std::optional<QString> IdentityRecord::extraValue(const QString& key) const
{
    for (const JsonValue::Member& member : extraValues) {
        if (member.first == key)
            return member.second.isNull() ? std::nullopt
                                          : std::optional<QString>(plainTextOf(member.second));
    }
    return std::nullopt;
}

std::optional<IdentityRecord> IdentityRecord::fromJson(const JsonValue& value)
{
    RecordReader reader(value);
    IdentityRecord record;
    record.id = reader.id(u"id");
    record.uuid = reader.string(u"uuid");
    record.communityId = reader.id(u"community_id");
    record.identityGroupId = reader.id(u"identity_group_id");
    record.displayName = reader.string(u"display_name");
    record.firstname = reader.string(u"firstname");
    record.lastname = reader.string(u"lastname");
    record.company = reader.string(u"company");
    record.gender = reader.string(u"gender");
    record.email = reader.string(u"email");
    record.homePhone = reader.string(u"home_phone");
    record.mobilePhone = reader.string(u"mobile_phone");
    record.extraValues = reader.object(u"extra_values");
    if (!reader.ok() || record.id.isEmpty())
        return std::nullopt;
    return record;
}

JsonValue IdentityRecord::toJson() const
{
    RecordWriter writer;
    writer.text("id", id);
    writer.text("uuid", uuid);
    writer.text("community_id", communityId);
    writer.text("identity_group_id", identityGroupId);
    writer.text("display_name", displayName);
    writer.text("firstname", firstname);
    writer.text("lastname", lastname);
    writer.text("company", company);
    writer.text("gender", gender);
    writer.text("email", email);
    writer.text("home_phone", homePhone);
    writer.text("mobile_phone", mobilePhone);
    writer.object("extra_values", extraValues);
    return writer.take();
}

QStringList IdentityGroupRecord::valuesOf(const QString& field) const
{
    if (const std::optional<QString> key = customFieldKeyOf(field)) {
        for (const JsonValue::Member& member : customFieldValues) {
            if (member.first != *key || member.second.isNull())
                continue;
            if (!member.second.isArray())
                return {plainTextOf(member.second)};
            QStringList values; // a multiple-choice field
            for (const JsonValue& item : member.second.items()) {
                if (!item.isNull())
                    values.append(plainTextOf(item));
            }
            return values;
        }
        return {};
    }
    const auto single = [](const QString& text) {
        return text.isEmpty() ? QStringList() : QStringList{text};
    };
    if (field == u"firstname")
        return single(firstname);
    if (field == u"lastname")
        return single(lastname);
    if (field == u"company")
        return single(company);
    if (field == u"gender")
        return single(gender);
    if (field == u"notes")
        return single(notes);
    if (field == u"email")
        return emails;
    if (field == u"home_phone")
        return homePhones;
    if (field == u"mobile_phone")
        return mobilePhones;
    return {};
}

std::optional<IdentityGroupRecord> IdentityGroupRecord::fromJson(const JsonValue& value)
{
    RecordReader reader(value);
    IdentityGroupRecord record;
    record.id = reader.id(u"id");
    record.firstname = reader.string(u"firstname");
    record.lastname = reader.string(u"lastname");
    record.company = reader.string(u"company");
    record.gender = reader.string(u"gender");
    record.notes = reader.string(u"notes");
    record.emails = reader.strings(u"emails");
    record.homePhones = reader.strings(u"home_phones");
    record.mobilePhones = reader.strings(u"mobile_phones");
    record.customFieldValues = reader.object(u"custom_field_values");
    if (!reader.ok() || record.id.isEmpty())
        return std::nullopt;
    return record;
}

JsonValue IdentityGroupRecord::toJson() const
{
    RecordWriter writer;
    writer.text("id", id);
    writer.text("firstname", firstname);
    writer.text("lastname", lastname);
    writer.text("company", company);
    writer.text("gender", gender);
    writer.text("notes", notes);
    writer.texts("emails", emails);
    writer.texts("home_phones", homePhones);
    writer.texts("mobile_phones", mobilePhones);
    writer.object("custom_field_values", customFieldValues);
    return writer.take();
}

} // namespace engage
