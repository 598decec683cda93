#pragma once

#include <QString>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace engage {

// Where a value starts in the source text: 1-based line and column (column counted in
// Unicode code points), so that messages can point a person at the exact spot.
struct TextPosition
{
    int line = 0;
    int column = 0;
};

// A parsed JSON value that, unlike QJsonObject, keeps object members in document order.
// Validation reports diagnostics in document order and the JWT checks must see every
// member as written, so the order and the position of each value are part of the tree.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, JsonValue>;

    JsonValue() = default;
    static JsonValue makeNull(TextPosition position = {});
    static JsonValue makeBool(bool value, TextPosition position = {});
    // numberText is the number exactly as written (RFC 8259 grammar).
    static JsonValue makeNumber(const QString& numberText, TextPosition position = {});
    static JsonValue makeString(const QString& value, TextPosition position = {});
    static JsonValue makeArray(std::vector<JsonValue> items, TextPosition position = {});
    static JsonValue makeObject(std::vector<Member> members, TextPosition position = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    TextPosition position() const { return m_position; }

    bool toBool() const { return m_bool; }
    // True when the number is written without fraction or exponent and fits in qint64.
    bool isInteger() const;
    std::optional<qint64> toInteger() const;
    // The string value, or the number's text for numbers.
    const QString& text() const { return m_text; }

    const std::vector<JsonValue>& items() const { return m_items; }
    const std::vector<Member>& members() const { return m_members; }
    // The member's value, or nullptr when absent (or when this is not an object).
    const JsonValue* member(QStringView name) const;

    // Equal when they write the same JSON: same type, same number text, same members in the
    // same order. Where a value stood in its source text is not part of it.
    bool operator==(const JsonValue& other) const;
    bool operator!=(const JsonValue& other) const { return !(*this == other); }

    // Human name of a type for messages: "null", "a boolean", "a number", "a string",
    // "an array", "an object".
    static QString typeName(Type type);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    std::vector<JsonValue> m_items;
    std::vector<Member> m_members;
    TextPosition m_position;
};

// The integer a JSON number's text (RFC 8259 grammar) writes, when it has no fraction or
// exponent and fits in qint64.
std::optional<qint64> integerOfNumberText(std::string_view numberText);

} // namespace engage
