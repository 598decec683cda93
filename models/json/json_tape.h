#pragma once

#include "json/json_value.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

// A parsed JSON text laid out flat: one entry per value, in document order, and every string
// and number stored as UTF-8 text in one shared buffer. Reading a few members of a small
// document this way costs no allocation once the tape's storage has grown, which is what
// verifying a million tokens needs; a JsonValue tree, with its QStrings and positions, suits
// documents that are read all over, such as a configuration, and is built from a tape.
//
// An object's entries are, for each member, its name (a String entry) followed by its value.
// parseJson (json_parser.h) fills a tape; nothing else writes one.
class JsonTape
{
public:
    using Type = JsonValue::Type;
    using Index = std::uint32_t; // an entry; the document's value is entry 0

    bool isEmpty() const { return m_entries.empty(); }
    // Forgets the document but keeps the storage, for the next one.
    void clear();

    Type type(Index value) const { return m_entries[value].type; }
    bool isObject(Index value) const { return type(value) == Type::Object; }
    bool isString(Index value) const { return type(value) == Type::String; }
    // One past the last entry of the value: the next member name or item, or its container's end.
    Index end(Index value) const { return m_entries[value].end; }

    // Whether the parsed text is, byte for byte, what appendCompactJson writes for the tape: no
    // white space between tokens, and no escape in any string nor a character that the writer
    // escapes, as compact JSON usually comes.
    bool isCompactText() const { return m_compactText; }

    // A string's decoded UTF-8, a number's text as written; empty for other types.
    std::string_view text(Index value) const
    {
        const Entry& entry = m_entries[value];
        return {m_text.data() + entry.textOffset, entry.textLength};
    }
    QString qstringText(Index value) const;
    bool toBool(Index value) const { return m_entries[value].boolean; }
    // As JsonValue::toInteger: integers written without fraction or exponent, fitting qint64.
    std::optional<qint64> toInteger(Index value) const;

    // The value of the member called `name` (exact UTF-8 bytes), or nullopt when there is none
    // or when `object` is not an object.
    std::optional<Index> member(Index object, std::string_view name) const;

    // Calls visit(name, value) for each member of `object`, in document order: the name's
    // UTF-8 and the value's entry. Nothing when `object` is not an object.
    template <typename Visit> void forEachMember(Index object, Visit visit) const
    {
        if (!isObject(object))
            return;
        for (Index name = object + 1; name < end(object); name = end(name + 1))
            visit(text(name), name + 1);
    }

    // The tree of the value at `value`, with the positions the parser recorded (see
    // parseJson); recursion is bounded by the parser's maximum depth.
    JsonValue toJsonValue(Index value = 0) const;

    // The number of items of an array, or of members of an object.
    std::size_t childCount(Index container) const;

private:
    friend class JsonTapeWriter; // the parser's only way in (json_parser.cpp)

    struct Entry
    {
        Type type = Type::Null;
        bool boolean = false;
        Index end = 0;
        std::uint32_t textOffset = 0;
        std::uint32_t textLength = 0;
    };

    std::vector<Entry> m_entries;
    std::vector<TextPosition> m_positions; // by entry, when the parser recorded them
    std::string m_text;
    bool m_compactText = true;
};

} // namespace engage
