#include "api/content_source_record.h"

#include "api/record_reader.h"

namespace engage {

std::optional<ContentSourceRecord> ContentSourceRecord::fromJson(const JsonValue& value)
{
    RecordReader reader(value);
    ContentSourceRecord record;
    record.id = reader.id(u"id");
    record.name = reader.string(u"name");
    record.type = reader.string(u"type");
    record.communityId = reader.id(u"community_id");
    record.channelId = reader.id(u"channel_id");
    record.active = reader.boolean(u"active");
    record.liveChat = reader.boolean(u"live_chat");
    record.enableWeb = reader.boolean(u"enable_web");
    record.enableIos = reader.boolean(u"enable_ios");
    record.enableAndroid = reader.boolean(u"enable_android");
    if (!reader.ok() || record.id.isEmpty())
        return std::nullopt;
    return record;
}

JsonValue ContentSourceRecord::toJson() const
{
    std::vector<JsonValue::Member> members;
    const auto text = [&members](const char* member, const QString& value) {
        members.emplace_back(QString::fromLatin1(member), JsonValue::makeString(value));
    };
    const auto flag = [&members](const char* member, const std::optional<bool>& value) {
        if (value)
            members.emplace_back(QString::fromLatin1(member), JsonValue::makeBool(*value));
    };
    text("id", id);
    text("name", name);
    text("type", type);
    text("community_id", communityId);
    text("channel_id", channelId);
    flag("active", active);
    flag("live_chat", liveChat);
    flag("enable_web", enableWeb);
    flag("enable_ios", enableIos);
    flag("enable_android", enableAndroid);
    return JsonValue::makeObject(std::move(members));
}

} // namespace engage
