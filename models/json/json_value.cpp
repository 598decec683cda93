#include "json/json_value.h"

#include <QtNumeric>

#include <limits>

namespace engage {

JsonValue JsonValue::makeNull(TextPosition position)
{
    JsonValue value;
    value.m_position = position;
    return value;
}

JsonValue JsonValue::makeBool(bool value, TextPosition position)
{
    JsonValue result;
    result.m_type = Type::Bool;
    result.m_bool = value;
    result.m_position = position;
    return result;
}

JsonValue JsonValue::makeNumber(const QString& numberText, TextPosition position)
{
    JsonValue result;
    result.m_type = Type::Number;
    result.m_text = numberText;
    result.m_position = position;
    return result;
}

JsonValue JsonValue::makeString(const QString& value, TextPosition position)
{
    JsonValue result;
    result.m_type = Type::String;
    result.m_text = value;
    result.m_position = position;
    return result;
}

JsonValue JsonValue::makeArray(std::vector<JsonValue> items, TextPosition position)
{
    JsonValue result;
    result.m_type = Type::Array;
    result.m_items = std::move(items);
    result.m_position = position;
    return result;
}

JsonValue JsonValue::makeObject(std::vector<Member> members, TextPosition position)
{
    JsonValue result;
    result.m_type = Type::Object;
    result.m_members = std::move(members);
    result.m_position = position;
    return result;
}

bool JsonValue::isInteger() const
{
    return toInteger().has_value();
}

std::optional<qint64> JsonValue::toInteger() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    const QByteArray ascii = m_text.toLatin1(); // number text is ASCII
    return integerOfNumberText({ascii.constData(), static_cast<std::size_t>(ascii.size())});
}

std::optional<qint64> integerOfNumberText(std::string_view numberText)
{
    // An optional '-', then digits only: "1.0" and "1e3" are not integers, as a field that wants
    // an integer should tell the person who wrote "1.0" rather than silently accept a fraction or
    // exponent. One plain loop: std::from_chars and a search for '.', 'e' and 'E' took 250
    // instructions for a 10-digit exp, which verify-jwt reads in every token.
    const bool negative = !numberText.empty() && numberText.front() == '-';
    if (negative)
        numberText.remove_prefix(1);
    if (numberText.empty())
        return std::nullopt;
    quint64 magnitude = 0;
    for (const char character : numberText) {
        const unsigned digit = static_cast<unsigned char>(character) - unsigned('0');
        if (digit > 9 || qMulOverflow(magnitude, quint64(10), &magnitude) ||
            qAddOverflow(magnitude, quint64(digit), &magnitude)) {
            return std::nullopt;
        }
    }
    constexpr auto largest = quint64(std::numeric_limits<qint64>::max());
    if (magnitude > largest + (negative ? 1 : 0))
        return std::nullopt;
    if (negative) // -(magnitude - 1) - 1 reaches the smallest qint64 without overflowing
        return magnitude == 0 ? 0 : -qint64(magnitude - 1) - 1;
    return qint64(magnitude);
}

const JsonValue* JsonValue::member(QStringView name) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (const Member& member : m_members) {
        if (member.first == name)
            return &member.second;
    }
    return nullptr;
}

bool JsonValue::operator==(const JsonValue& other) const
{
    return m_type == other.m_type && m_bool == other.m_bool && m_text == other.m_text &&
           m_items == other.m_items && m_members == other.m_members;
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    }
    return QString();
}

} // namespace engage
