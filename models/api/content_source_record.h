#pragma once

#include "json/json_value.h"

#include <QString>

#include <optional>

namespace engage {

// A content source of the public API (docs/api.md, the schema's Source): a channel of a
// community. Engage Messaging sources also say on which platforms they are enabled.
struct ContentSourceRecord
{
    QString id;
    QString name;
    QString type;
    QString communityId;
    QString channelId;
    std::optional<bool> active;
    std::optional<bool> liveChat;  // Engage Messaging sources only
    std::optional<bool> enableWeb; // Engage Messaging sources only
    std::optional<bool> enableIos; // Engage Messaging sources only
    std::optional<bool> enableAndroid;

    // std::nullopt unless an object with an "id" whose known members have their schema's type.
    static std::optional<ContentSourceRecord> fromJson(const JsonValue& value);
    // The members above under their schema names; empty and absent ones left out.
    JsonValue toJson() const;
};

} // namespace engage
