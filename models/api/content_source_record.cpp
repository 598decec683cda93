#include "api/content_source_record.h"

#include "api/record_reader.h"
#include "api/record_writer.h"

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
    RecordWriter writer;
    writer.text("id", id);
    writer.text("name", name);
    writer.text("type", type);
    writer.text("community_id", communityId);
    writer.text("channel_id", channelId);
    writer.flag("active", active);
    writer.flag("live_chat", liveChat);
    writer.flag("enable_web", enableWeb);
    writer.flag("enable_ios", enableIos);
    writer.flag("enable_android", enableAndroid);
    return writer.take();
}

} // namespace engage
