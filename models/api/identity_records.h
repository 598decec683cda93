#pragma once

#include "json/json_value.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace engage {

// An identity of the public API (docs/api.md, the schema's Identity): one visitor as one source
// knows them. Only the members this program uses are read; the others are tolerated.
struct IdentityRecord
{
    QString id;
    QString uuid;
    QString communityId;
    QString identityGroupId; // empty when the identity has no group (yet)
    QString displayName;
    QString firstname;
    QString lastname;
    QString company;
    QString gender;
    QString email;
    QString homePhone;
    QString mobilePhone;
    std::vector<JsonValue::Member> extraValues; // as the server holds them, in order

    // The value the website registered under `key` as text (numbers and booleans as written);
    // std::nullopt when absent or null.
    std::optional<QString> extraValue(const QString& key) const;

    // std::nullopt unless an object with a string "id" whose known members have their
    // schema's type.
    static std::optional<IdentityRecord> fromJson(const JsonValue& value);
    // The members above under their schema names; empty ones left out.
    JsonValue toJson() const;
};

// An identity group (the schema's IdentityGroup): what agents see of a person, shared by their
// identities. The phones and e-mails are lists there; custom fields are by key.
struct IdentityGroupRecord
{
    QString id;
    QString firstname;
    QString lastname;
    QString company;
    QString gender;
    QString notes;
    QStringList emails;
    QStringList homePhones;
    QStringList mobilePhones;
    std::vector<JsonValue::Member> customFieldValues; // by custom field key, in order

    // What the group holds for a predefined field name of docs/file-format.md ("home_phone": the
    // list home_phones) or for "custom_field:KEY"; empty when nothing.
    QStringList valuesOf(const QString& field) const;

    static std::optional<IdentityGroupRecord> fromJson(const JsonValue& value);
    // The members above under their schema names; empty ones left out.
    JsonValue toJson() const;
};

// A JSON value as one line of text: strings as they are, numbers and booleans as written,
// anything else as compact JSON.
QString plainTextOf(const JsonValue& value);

} // namespace engage
