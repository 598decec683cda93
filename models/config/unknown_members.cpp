#include "config/unknown_members.h"

#include "json/json_pointer.h"

#include <QHash>

#include <algorithm>

namespace engage {

namespace {

void appendPaths(QStringList& paths, const QString& objectPath, const UnknownMembers& members)
{
    for (const JsonValue::Member& member : members)
        paths.append(jsonPointerAppend(objectPath, member.first));
}

template <typename Item>
void appendListPaths(QStringList& paths, const QString& listPath, const QList<Item>& items)
{
    for (qsizetype index = 0; index < items.size(); ++index)
        appendPaths(paths, jsonPointerAppend(listPath, index), items[index].unknownMembers);
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
    appendPaths(paths, QStringLiteral("/community"), config.community.unknownMembers);
    appendListPaths(paths, QStringLiteral("/custom_fields"), config.customFields);
    appendListPaths(paths, QStringLiteral("/extra_values_mapping"), config.extraValuesMapping);
    appendListPaths(paths, QStringLiteral("/jwt_keys"), config.jwtKeys);
    appendPaths(paths, QString(), config.unknownMembers);
    return paths;
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
