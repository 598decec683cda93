#pragma once

#include "config/community_config.h"
#include "json/json_value.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace engage {

// The records of the admin API's lists (SPEC §6), read by the client and written by the
// emulator with the same code.

struct CommunityRecord
{
    QString id;
    QString name;
    QString type;
    bool active = true;
    QString createdAt;
    QString updatedAt;

    // std::nullopt unless an object with string "id" and "name"; other members are optional
    // but must have their type when present.
    static std::optional<CommunityRecord> fromJson(const JsonValue& value);
    JsonValue toJson() const;
    bool operator==(const CommunityRecord& other) const;
};

inline const QString identityGroupType = QStringLiteral("IdentityGroup");

struct CustomFieldRecord
{
    QString id;
    QString key;
    QString label;
    QString type;
    QString associatedTypeName; // only "IdentityGroup" fields are mapping destinations
    std::optional<QString> regex;

    bool isIdentityGroupField() const { return associatedTypeName == identityGroupType; }
    // The catalogue entry of a configuration file.
    CustomField toCustomField() const;

    static std::optional<CustomFieldRecord> fromJson(const JsonValue& value);
    JsonValue toJson() const;
    bool operator==(const CustomFieldRecord& other) const;
};

// One page of a list: {"count":N,"records":[...]}, count being the size of the whole list.
struct RecordPage
{
    qint64 count = 0;
    std::vector<JsonValue> records;

    QByteArray toJson() const;

    // The count of a page read from JSON, whose records are then its "records" items:
    // std::nullopt unless an object with a non-negative integer count and a records array.
    static std::optional<qint64> countOf(const JsonValue& page);
};

} // namespace engage
