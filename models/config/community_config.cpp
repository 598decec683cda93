#include "config/community_config.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace engage {

bool CommunityInfo::operator==(const CommunityInfo& other) const
{
    return id == other.id && name == other.name && server == other.server &&
           unknownMembers == other.unknownMembers;
}

bool CustomField::operator==(const CustomField& other) const
{
    return key == other.key && label == other.label && type == other.type && regex == other.regex &&
           unknownMembers == other.unknownMembers;
}

bool MappingRow::operator==(const MappingRow& other) const
{
    return key == other.key && field == other.field && unknownMembers == other.unknownMembers;
}

bool JwtKey::operator==(const JwtKey& other) const
{
    return id == other.id && algorithm == other.algorithm && secret == other.secret &&
           publicKey == other.publicKey && unknownMembers == other.unknownMembers;
}

bool SignedIdentities::isValid(const QString& mode)
{
    return mode == accept || mode == reject || mode == require;
}

bool CommunityConfig::holdsSecrets() const
{
    return std::any_of(jwtKeys.cbegin(), jwtKeys.cend(),
                       [](const JwtKey& key) { return key.secret.has_value(); });
}

CommunityConfig CommunityConfig::withSecretsRedacted() const
{
    CommunityConfig redacted = *this;
    for (JwtKey& key : redacted.jwtKeys)
        key.secret.reset();
    return redacted;
}

bool CommunityConfig::operator==(const CommunityConfig& other) const
{
    return community == other.community && signedIdentities == other.signedIdentities &&
           customFields == other.customFields && extraValuesMapping == other.extraValuesMapping &&
           jwtKeys == other.jwtKeys && unknownMembers == other.unknownMembers;
}

QList<PredefinedField> predefinedFields()
{
    static const struct
    {
        const char* name;
        const char* label;
    } fields[] = {
        {"firstname", QT_TRANSLATE_NOOP("engage::PredefinedField", "Firstname")},
        {"lastname", QT_TRANSLATE_NOOP("engage::PredefinedField", "Lastname")},
        {"company", QT_TRANSLATE_NOOP("engage::PredefinedField", "Company")},
        {"gender", QT_TRANSLATE_NOOP("engage::PredefinedField", "Gender")},
        {"email", QT_TRANSLATE_NOOP("engage::PredefinedField", "Email")},
        {"home_phone", QT_TRANSLATE_NOOP("engage::PredefinedField", "Home phone")},
        {"mobile_phone", QT_TRANSLATE_NOOP("engage::PredefinedField", "Mobile phone")},
        {"notes", QT_TRANSLATE_NOOP("engage::PredefinedField", "Notes")},
    };
    QList<PredefinedField> result;
    for (const auto& field : fields) {
        result.append({QString::fromLatin1(field.name),
                       QCoreApplication::translate("engage::PredefinedField", field.label)});
    }
    return result;
}

bool isPredefinedField(const QString& name)
{
    static const QStringList names = [] {
        QStringList list;
        for (const PredefinedField& field : predefinedFields())
            list.append(field.name);
        return list;
    }();
    return names.contains(name);
}

std::optional<QString> customFieldKeyOf(const QString& field)
{
    if (!field.startsWith(customFieldPrefix))
        return std::nullopt;
    return field.mid(customFieldPrefix.size());
}

std::optional<QString> customFieldRegexOf(const CommunityConfig& config, const QString& field)
{
    const std::optional<QString> key = customFieldKeyOf(field);
    if (!key)
        return std::nullopt;
    for (const CustomField& custom : config.customFields) {
        if (custom.key == *key)
            return custom.regex;
    }
    return std::nullopt;
}

QList<DestinationField> destinationFields(const CommunityConfig& config)
{
    QList<DestinationField> result;
    for (const PredefinedField& field : predefinedFields())
        result.append({field.name, field.label});
    for (const CustomField& field : config.customFields) {
        if (field.key.isEmpty())
            continue;
        const QString label = field.label.isEmpty() ? field.key : field.label;
        result.append({customFieldPrefix + field.key,
                       QCoreApplication::translate("engage::DestinationField",
                                                   "%1 (custom field)")
                           .arg(label)});
    }
    return result;
}

QString destinationLabel(const CommunityConfig& config, const QString& field)
{
    if (const auto key = customFieldKeyOf(field)) {
        for (const CustomField& custom : config.customFields) {
            if (custom.key == *key) {
                const QString label = custom.label.isEmpty() ? custom.key : custom.label;
                return QCoreApplication::translate("engage::DestinationField",
                                                   "%1 (custom field)")
                    .arg(label);
            }
        }
        return field;
    }
    for (const PredefinedField& predefined : predefinedFields()) {
        if (predefined.name == field)
            return predefined.label;
    }
    return field;
}

QString unusedKeyId(const CommunityConfig& config)
{
    QSet<QString> used;
    for (const JwtKey& key : config.jwtKeys)
        used.insert(key.id);
    for (int number = 1;; ++number) {
        const QString id = QStringLiteral("key_%1").arg(number);
        if (!used.contains(id))
            return id;
    }
}

} // namespace engage
