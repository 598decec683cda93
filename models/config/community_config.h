#pragma once

#include "json/json_value.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace engage {

// The value types of one Messaging community configuration (docs/file-format.md). They hold what
// the file or the editor holds, valid or not: invalid values must survive so that they can be shown
// and fixed, never silently dropped. ConfigValidator says what is wrong with them.
//
// Each object also keeps the members this version does not know (a typo such as
// "extra_value_mapping", or a newer version's addition), with their values, in the order read:
// docs/file-format.md says that nothing read is lost, so the writer puts them back after the known
// members. They belong to their object, so a mapping row moved or removed takes its own with it.
// Each is declared "= {}" so that the many {key, field} initialisers need not name it.
using UnknownMembers = std::vector<JsonValue::Member>;

struct CommunityInfo
{
    QString id;
    QString name;
    QString server;
    UnknownMembers unknownMembers = {};

    bool isEmpty() const
    {
        return id.isEmpty() && name.isEmpty() && server.isEmpty() && unknownMembers.empty();
    }
    bool operator==(const CommunityInfo& other) const;
    bool operator!=(const CommunityInfo& other) const { return !(*this == other); }
};

struct CustomField
{
    QString key;
    QString label;
    QString type;
    std::optional<QString> regex; // the field's custom regex, when it has one
    UnknownMembers unknownMembers = {};

    bool operator==(const CustomField& other) const;
    bool operator!=(const CustomField& other) const { return !(*this == other); }
};

struct MappingRow
{
    QString key;   // the extra value's key, or "uuid" for the visitor's UUID
    QString field; // a predefined field name or "custom_field:KEY"
    UnknownMembers unknownMembers = {};

    bool operator==(const MappingRow& other) const;
    bool operator!=(const MappingRow& other) const { return !(*this == other); }
};

struct JwtKey
{
    QString id;
    QString algorithm; // "HS256" or "RS256" when valid
    // HS256: the shared secret; std::nullopt when missing or redacted ("secret": null).
    std::optional<QString> secret;
    // RS256: the PEM public key text; std::nullopt when missing.
    std::optional<QString> publicKey;
    UnknownMembers unknownMembers = {};

    bool operator==(const JwtKey& other) const;
    bool operator!=(const JwtKey& other) const { return !(*this == other); }
};

namespace SignedIdentities {
inline const QString accept = QStringLiteral("accept");
inline const QString reject = QStringLiteral("reject");
inline const QString require = QStringLiteral("require");
bool isValid(const QString& mode);
} // namespace SignedIdentities

namespace JwtAlgorithm {
inline const QString hs256 = QStringLiteral("HS256");
inline const QString rs256 = QStringLiteral("RS256");
} // namespace JwtAlgorithm

struct CommunityConfig
{
    CommunityInfo community;
    QString signedIdentities = SignedIdentities::reject;
    QList<CustomField> customFields;
    QList<MappingRow> extraValuesMapping;
    QList<JwtKey> jwtKeys;
    UnknownMembers unknownMembers = {}; // of the file's top level

    // True when at least one HS256 secret is present (the file must then be owner-only).
    bool holdsSecrets() const;
    // A copy with every HS256 secret replaced by null.
    CommunityConfig withSecretsRedacted() const;

    bool operator==(const CommunityConfig& other) const;
    bool operator!=(const CommunityConfig& other) const { return !(*this == other); }
};

// Identity Group destination fields.
struct PredefinedField
{
    QString name;  // as written in files, e.g. "home_phone"
    QString label; // translated label, e.g. "Home phone"
};
QList<PredefinedField> predefinedFields();
bool isPredefinedField(const QString& name);

// A destination a mapping row can choose, as offered to people.
struct DestinationField
{
    QString value; // as written in files: "mobile_phone", "custom_field:customer_id"
    QString label; // translated: "Mobile phone", "Customer id (custom field)"
};
// The predefined fields, then the catalogue's custom fields with a valid key, in order.
QList<DestinationField> destinationFields(const CommunityConfig& config);
// How a mapping row's field is shown: its label, or the text itself when it names no field.
QString destinationLabel(const CommunityConfig& config, const QString& field);

// A key ID not yet used in the configuration: "key_1", "key_2", ...
QString unusedKeyId(const CommunityConfig& config);

inline const QString customFieldPrefix = QStringLiteral("custom_field:");
// "custom_field:customer_id" -> "customer_id"; std::nullopt for anything else.
std::optional<QString> customFieldKeyOf(const QString& field);
// The regex of the custom field that a destination such as "custom_field:customer_id" names,
// when that field exists and has one.
std::optional<QString> customFieldRegexOf(const CommunityConfig& config, const QString& field);

} // namespace engage
