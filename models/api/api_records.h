#pragma once

#include "config/community_config.h"
#include "json/json_value.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace engage {

// The records of the admin API's lists (docs/api.md), read by the client and written by the
// emulator with the same code. Readers take the members the OpenAPI schema has and we do not
// use, and unknown ones, without complaint; a member we use with the wrong type refuses the
// record.

struct CommunityRecord
{
    QString id;
    QString name;
    QString type;
    bool active = true;
    QString createdAt;
    QString updatedAt;

    // std::nullopt unless an object with a string "name" and an "id" (a number is taken as
    // written); type, active, created_at and updated_at are optional (null counts as absent)
    // but must have their type when present.
    static std::optional<CommunityRecord> fromJson(const JsonValue& value);
    JsonValue toJson() const;
    bool operator==(const CommunityRecord& other) const;
};

inline const QString identityGroupType = QStringLiteral("IdentityGroup");

// A custom field as GET /custom_fields gives it. It has no regex: a custom field's regex exists
// only in the admin console, so a catalogue's regex is the local file's (docs/api.md).
struct CustomFieldRecord
{
    QString id;
    QString key;
    QString label;
    QString type;
    QString associatedTypeName; // only "IdentityGroup" fields are mapping destinations
    bool multiple = false;      // holds several values
    int position = 0;           // lists are ordered by it
    QString createdAt;
    QString updatedAt;

    bool isIdentityGroupField() const { return associatedTypeName == identityGroupType; }
    // The catalogue entry of a configuration file, without a regex.
    CustomField toCustomField() const;

    // std::nullopt unless an object with a string "key"; "id" is a string (a number is taken
    // as written); label, type, associated_type_name, multiple, position, created_at and
    // updated_at are optional but must have their type when present.
    static std::optional<CustomFieldRecord> fromJson(const JsonValue& value);
    JsonValue toJson() const;
    bool operator==(const CustomFieldRecord& other) const;
};

// One page of a list: {"count":N,"offset":O,"limit":L,"records":[...]}, count being the size
// of the whole list; a server that caps its counts adds "count_capped":true, and then count is
// only a lower bound.
struct RecordPage
{
    qint64 count = 0;
    std::vector<JsonValue> records;
    qint64 offset = 0;
    qint64 limit = 0;
    bool countCapped = false;

    QByteArray toJson() const;

    // The count of a page read from JSON, whose records are then its "records" items:
    // std::nullopt unless an object with a non-negative integer count and a records array.
    static std::optional<qint64> countOf(const JsonValue& page);
};

} // namespace engage
