#include "json/json_tape.h"

#include <utility>

namespace engage {

void JsonTape::clear()
{
    m_entries.clear();
    m_positions.clear();
    m_text.clear();
    m_compactText = true;
}

QString JsonTape::qstringText(Index value) const
{
    const std::string_view utf8 = text(value);
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::optional<qint64> JsonTape::toInteger(Index value) const
{
    if (type(value) != Type::Number)
        return std::nullopt;
    return integerOfNumberText(text(value));
}

std::optional<JsonTape::Index> JsonTape::member(Index object, std::string_view name) const
{
    if (!isObject(object))
        return std::nullopt;
    for (Index entry = object + 1; entry < end(object); entry = end(entry + 1)) {
        if (text(entry) == name)
            return entry + 1;
    }
    return std::nullopt;
}

std::size_t JsonTape::childCount(Index container) const
{
    // An object's members take two entries each, its name and its value.
    const Index step = isObject(container) ? 1 : 0;
    std::size_t count = 0;
    for (Index child = container + 1; child < end(container); child = end(child + step))
        ++count;
    return count;
}

JsonValue JsonTape::toJsonValue(Index value) const
{
    const TextPosition position = m_positions.empty() ? TextPosition{} : m_positions[value];
    switch (type(value)) {
    case Type::Null:
        return JsonValue::makeNull(position);
    case Type::Bool:
        return JsonValue::makeBool(toBool(value), position);
    case Type::Number:
        return JsonValue::makeNumber(qstringText(value), position);
    case Type::String:
        return JsonValue::makeString(qstringText(value), position);
    case Type::Array: {
        std::vector<JsonValue> items;
        items.reserve(childCount(value));
        for (Index item = value + 1; item < end(value); item = end(item))
            items.push_back(toJsonValue(item));
        return JsonValue::makeArray(std::move(items), position);
    }
    case Type::Object: {
        std::vector<JsonValue::Member> members;
        members.reserve(childCount(value));
        for (Index name = value + 1; name < end(value); name = end(name + 1))
            members.emplace_back(qstringText(name), toJsonValue(name + 1));
        return JsonValue::makeObject(std::move(members), position);
    }
    }
    return {};
}

} // namespace engage
