#include "config/unknown_members.h"

#include "config/config_reader.h"
#include "config/private_key_paths.h"
#include "json/json_pointer.h"

#include <QHash>

#include <algorithm>

namespace engage {

namespace {

// Calls visit(objectPath, members) for each object's unknown members, in the writer's order
// (list entries without any are skipped).
template <typename Visit>
void forEachObject(const CommunityConfig& config, Visit visit)
{
    visit(QStringLiteral("/community"), config.community.unknownMembers);
    const auto visitList = [&visit](const QString& listPath, const auto& items) {
        // Most entries have none: their pointer is not built, which would be most of the time
        // of the live validation of a list of ten thousand entries.
        for (qsizetype index = 0; index < items.size(); ++index) {
            if (!items[index].unknownMembers.empty())
                visit(jsonPointerAppend(listPath, index), items[index].unknownMembers);
        }
    };
    visitList(QStringLiteral("/custom_fields"), config.customFields);
    visitList(QStringLiteral("/extra_values_mapping"), config.extraValuesMapping);
    visitList(QStringLiteral("/jwt_keys"), config.jwtKeys);
    visit(QString(), config.unknownMembers);
}

void carry(UnknownMembers& into, const UnknownMembers& from)
{
    for (const JsonValue::Member& member : from) {
        const bool present =
            std::any_of(into.cbegin(), into.cend(), [&member](const JsonValue::Member& kept) {
                return kept.first == member.first;
            });
        if (!present)
            into.push_back(member);
    }
}

template <typename Item, typename IdOf>
void carryList(QList<Item>& into, const QList<Item>& from, IdOf idOf)
{
    QHash<QString, QList<qsizetype>> unmatched;
    for (qsizetype index = 0; index < from.size(); ++index)
        unmatched[idOf(from[index])].append(index);
    for (Item& item : into) {
        QList<qsizetype>& candidates = unmatched[idOf(item)];
        if (!candidates.isEmpty())
            carry(item.unknownMembers, from[candidates.takeFirst()].unknownMembers);
    }
}

} // namespace

QStringList unknownMemberPaths(const CommunityConfig& config)
{
    QStringList paths;
    forEachObject(config, [&paths](const QString& objectPath, const UnknownMembers& members) {
        for (const JsonValue::Member& member : members)
            paths.append(privateKeyMemberPath(objectPath, member.first));
    });
    return paths;
}

Diagnostics unknownMemberWarnings(const CommunityConfig& config)
{
    Diagnostics warnings;
    forEachObject(config, [&warnings](const QString& objectPath, const UnknownMembers& members) {
        for (const JsonValue::Member& member : members)
            warnings.append(ConfigReader::unknownMemberWarning(objectPath, member));
    });
    return warnings;
}

CommunityConfig withoutUnknownMembers(CommunityConfig config)
{
    config.unknownMembers.clear();
    config.community.unknownMembers.clear();
    for (CustomField& field : config.customFields)
        field.unknownMembers.clear();
    for (MappingRow& row : config.extraValuesMapping)
        row.unknownMembers.clear();
    for (JwtKey& key : config.jwtKeys)
        key.unknownMembers.clear();
    return config;
}

CommunityConfig withUnknownMembersCarried(CommunityConfig incoming, const CommunityConfig& existing)
{
    carry(incoming.unknownMembers, existing.unknownMembers);
    carry(incoming.community.unknownMembers, existing.community.unknownMembers);
    carryList(incoming.customFields, existing.customFields,
              [](const CustomField& field) { return field.key; });
    carryList(incoming.extraValuesMapping, existing.extraValuesMapping,
              [](const MappingRow& row) { return row.key; });
    carryList(incoming.jwtKeys, existing.jwtKeys, [](const JwtKey& key) { return key.id; });
    return incoming;
}

} // namespace engage
