#pragma once

#include "config/community_config.h"
#include "json/json_writer.h"

#include <QString>
#include <QStringList>

// "name=value" for each unknown member of an object, the value in compact JSON, separated by
// spaces: what the file holds after the known members, in a form a failed comparison shows.
inline QString unknownMembersText(const engage::UnknownMembers& members)
{
    QStringList parts;
    for (const engage::JsonValue::Member& member : members)
        parts << member.first + QLatin1Char('=') +
                     QString::fromUtf8(engage::toCompactJson(member.second));
    return parts.join(QLatin1Char(' '));
}
