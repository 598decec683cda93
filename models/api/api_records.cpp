#include "api/api_records.h"

#include "json/json_writer.h"

#include <climits>

namespace engage {

namespace {

// A member that must be a string when present; `ok` turns false when it is something else.
QString optionalString(const JsonValue& object, QStringView name, bool& ok)
{
    const JsonValue* value = object.member(name);
    if (!value || value->isNull())
        return QString();
    if (!value->isString()) {
        ok = false;
        return QString();
    }
    return value->text();
}

bool hasString(const JsonValue& object, QStringView name)
{
    const JsonValue* value = object.member(name);
    return value && value->isString();
}

JsonValue::Member stringMember(const QString& name, const QString& value)
{
    return {name, JsonValue::makeString(value)};
}

} // namespace

std::optional<CommunityRecord> CommunityRecord::fromJson(const JsonValue& value)
{
    if (!value.isObject() || !hasString(value, u"name"))
        return std::nullopt;
    // Engage ids are strings; a number is taken as written.
    const JsonValue* id = value.member(u"id");
    if (!id || !(id->isString() || id->isNumber()))
        return std::nullopt;
    bool ok = true;
    CommunityRecord record;
    record.id = id->text();
    record.name = value.member(u"name")->text();
    record.type = optionalString(value, u"type", ok);
    record.createdAt = optionalString(value, u"created_at", ok);
    record.updatedAt = optionalString(value, u"updated_at", ok);
    // null counts as absent, as for every optional member.
    if (const JsonValue* active = value.member(u"active"); active && !active->isNull()) {
        if (!active->isBool())
            return std::nullopt;
        record.active = active->toBool();
    }
    if (!ok)
        return std::nullopt;
    return record;
}

JsonValue CommunityRecord::toJson() const
{
    // The optional members only when the server gave them (docs/engagectl.md, communities).
    std::vector<JsonValue::Member> members{stringMember(QStringLiteral("id"), id),
                                           stringMember(QStringLiteral("name"), name)};
    const auto addIfGiven = [&members](const QString& member, const QString& value) {
        if (!value.isEmpty())
            members.push_back(stringMember(member, value));
    };
    addIfGiven(QStringLiteral("type"), type);
    members.push_back({QStringLiteral("active"), JsonValue::makeBool(active)});
    addIfGiven(QStringLiteral("created_at"), createdAt);
    addIfGiven(QStringLiteral("updated_at"), updatedAt);
    return JsonValue::makeObject(std::move(members));
}

bool CommunityRecord::operator==(const CommunityRecord& other) const
{
    return id == other.id && name == other.name && type == other.type && active == other.active &&
           createdAt == other.createdAt && updatedAt == other.updatedAt;
}

CustomField CustomFieldRecord::toCustomField() const
{
    return {key, label, type, std::nullopt};
}

std::optional<CustomFieldRecord> CustomFieldRecord::fromJson(const JsonValue& value)
{
    if (!value.isObject() || !hasString(value, u"key"))
        return std::nullopt;
    bool ok = true;
    CustomFieldRecord record;
    record.key = value.member(u"key")->text();
    record.label = optionalString(value, u"label", ok);
    record.type = optionalString(value, u"type", ok);
    record.associatedTypeName = optionalString(value, u"associated_type_name", ok);
    // Engage ids are strings; a number is taken as written.
    if (const JsonValue* id = value.member(u"id"); id && (id->isString() || id->isNumber()))
        record.id = id->text();
    record.createdAt = optionalString(value, u"created_at", ok);
    record.updatedAt = optionalString(value, u"updated_at", ok);
    if (const JsonValue* multiple = value.member(u"multiple"); multiple && !multiple->isNull()) {
        if (!multiple->isBool())
            return std::nullopt;
        record.multiple = multiple->toBool();
    }
    if (const JsonValue* position = value.member(u"position"); position && !position->isNull()) {
        const std::optional<qint64> number =
            position->isNumber() ? position->toInteger() : std::nullopt;
        if (!number || *number < INT_MIN || *number > INT_MAX)
            return std::nullopt;
        record.position = static_cast<int>(*number);
    }
    if (!ok)
        return std::nullopt;
    return record;
}

JsonValue CustomFieldRecord::toJson() const
{
    return JsonValue::makeObject(
        {stringMember(QStringLiteral("id"), id),
         stringMember(QStringLiteral("key"), key),
         stringMember(QStringLiteral("label"), label),
         stringMember(QStringLiteral("type"), type),
         stringMember(QStringLiteral("associated_type_name"), associatedTypeName),
         {QStringLiteral("multiple"), JsonValue::makeBool(multiple)},
         {QStringLiteral("position"), JsonValue::makeNumber(QString::number(position))},
         stringMember(QStringLiteral("created_at"), createdAt),
         stringMember(QStringLiteral("updated_at"), updatedAt)});
}

bool CustomFieldRecord::operator==(const CustomFieldRecord& other) const
{
    return id == other.id && key == other.key && label == other.label && type == other.type &&
           associatedTypeName == other.associatedTypeName && multiple == other.multiple &&
           position == other.position && createdAt == other.createdAt &&
           updatedAt == other.updatedAt;
}

std::optional<qint64> RecordPage::countOf(const JsonValue& page)
{
    const JsonValue* count = page.member(u"count");
    const JsonValue* records = page.member(u"records");
    if (!count || !records || !records->isArray() || !count->isNumber())
        return std::nullopt;
    const std::optional<qint64> total = count->toInteger();
    if (!total || *total < 0)
        return std::nullopt;
    return total;
}

QByteArray RecordPage::toJson() const
{
    const auto number = [](qint64 value) { return JsonValue::makeNumber(QString::number(value)); };
    std::vector<JsonValue::Member> members{{QStringLiteral("count"), number(count)}};
    if (countCapped)
        members.emplace_back(QStringLiteral("count_capped"), JsonValue::makeBool(true));
    members.emplace_back(QStringLiteral("offset"), number(offset));
    members.emplace_back(QStringLiteral("limit"), number(limit));
    members.emplace_back(QStringLiteral("records"), JsonValue::makeArray(records));
    return toCompactJson(JsonValue::makeObject(std::move(members)));
}

} // namespace engage
