#pragma once

#include "json/json_value.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace engage {

// Builds one record's JSON object (engagectl --json, the emulator) from its members, in the
// order added, leaving out the empty and absent ones.
class RecordWriter
{
public:
    void text(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            m_members.emplace_back(QString::fromLatin1(name), JsonValue::makeString(value));
    }
    void texts(const char* name, const QStringList& values)
    {
        if (values.isEmpty())
            return;
        std::vector<JsonValue> items;
        for (const QString& value : values)
            items.push_back(JsonValue::makeString(value));
        m_members.emplace_back(QString::fromLatin1(name), JsonValue::makeArray(std::move(items)));
    }
    void flag(const char* name, const std::optional<bool>& value)
    {
        if (value)
            m_members.emplace_back(QString::fromLatin1(name), JsonValue::makeBool(*value));
    }
    void object(const char* name, const std::vector<JsonValue::Member>& members)
    {
        m_members.emplace_back(QString::fromLatin1(name), JsonValue::makeObject(members));
    }
    JsonValue take() { return JsonValue::makeObject(std::move(m_members)); }

private:
    std::vector<JsonValue::Member> m_members;
};

} // namespace engage
