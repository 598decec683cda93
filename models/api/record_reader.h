#pragma once

#include "json/json_value.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace engage {

// Reads the members of one record of the public API (docs/api.md) by their schema type. Members
// it is not asked about are ignored, as the schema has many this program does not use; a
// member asked about that is present with another JSON type makes the record malformed (ok()
// turns false). null counts as absent.
class RecordReader
{
public:
    explicit RecordReader(const JsonValue& record);

    // False when the record is not an object, or a member read so far had a wrong type.
    bool ok() const { return m_ok; }

    // "" when absent.
    QString string(QStringView name);
    // An ID: a string, or a number taken as written. "" when absent.
    QString id(QStringView name);
    std::optional<bool> boolean(QStringView name);
    // An array of strings; empty when absent.
    QStringList strings(QStringView name);
    // An object's members, in order; empty when absent.
    std::vector<JsonValue::Member> object(QStringView name);

private:
    const JsonValue* present(QStringView name);

    const JsonValue& m_record;
    bool m_ok;
};

} // namespace engage
