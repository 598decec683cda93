#include "api/record_reader.h"

namespace engage {

RecordReader::RecordReader(const JsonValue& record) : m_record(record), m_ok(record.isObject()) {}

const JsonValue* RecordReader::present(QStringView name)
{
    const JsonValue* value = m_record.member(name);
    return value && !value->isNull() ? value : nullptr;
}

QString RecordReader::string(QStringView name)
{
    const JsonValue* value = present(name);
    if (!value)
        return QString();
    if (!value->isString()) {
        m_ok = false;
        return QString();
    }
    return value->text();
}

QString RecordReader::id(QStringView name)
{
    const JsonValue* value = present(name);
    if (!value)
        return QString();
    if (!value->isString() && !value->isNumber()) {
        m_ok = false;
        return QString();
    }
    return value->text();
}

std::optional<bool> RecordReader::boolean(QStringView name)
{
    const JsonValue* value = present(name);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        m_ok = false;
        return std::nullopt;
    }
    return value->toBool();
}

QStringList RecordReader::strings(QStringView name)
{
    QStringList texts;
    const JsonValue* value = present(name);
    if (!value)
        return texts;
    if (!value->isArray()) {
        m_ok = false;
        return texts;
    }
    for (const JsonValue& item : value->items()) {
        if (!item.isString()) {
            m_ok = false;
            return {};
        }
        texts.append(item.text());
    }
    return texts;
}

std::vector<JsonValue::Member> RecordReader::object(QStringView name)
{
    const JsonValue* value = present(name);
    if (!value)
        return {};
    if (!value->isObject()) {
        m_ok = false;
        return {};
    }
    return value->members();
}

} // namespace engage
