#pragma once

#include "api/api_records.h"
#include "config/community_config.h"
#include "json/json_value.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace engage {

// A community as the emulator holds it: its list record and its messaging settings, with a
// version that makes the ETag.
struct StoredCommunity
{
    CommunityRecord record;
    CommunityConfig settings; // signed_identities, extra_values_mapping, jwt_keys
    int version = 1;
    QString settingsUpdatedAt;

    QString etag() const { return QStringLiteral("\"v%1\"").arg(version); }
};

// The emulator's data, in memory: communities in creation order, custom fields by position,
// and the identities, identity groups and content sources of the seed as the seed wrote them
// (JSON objects served verbatim, so that their fields are the data's, as on a real domain).
class CommunityStore
{
    Q_DECLARE_TR_FUNCTIONS(engage::CommunityStore)

public:
    // A small, consistent set to try the application with (built_in_seed.json): three
    // communities, their custom fields, a few identities and groups, one Engage Messaging
    // source per community.
    static CommunityStore builtIn();

    // A seed file, in the built-in set's format:
    // {"communities":[{id, name, type, active, created_at, updated_at, "messaging_settings":
    // {...}?}], "custom_fields":[{id, key, label, type, associated_type_name, multiple,
    // position, created_at, updated_at}], "identities":[{id, ...}],
    // "identity_groups":[{id, ...}], "content_sources":[{id, ...}]}, every array optional.
    // A custom field's "regex" may be written but is never served (the public API has none).
    // Returns a translated error when it cannot be used.
    static std::optional<QString> load(const QString& path, CommunityStore& store);

    // Appends generated records after the existing ones (for volume tests and benchmarks).
    void generateCommunities(int count);
    void generateCustomFields(int count);

    QList<StoredCommunity>& communities() { return m_communities; }
    const QList<CustomFieldRecord>& customFields() const { return m_customFields; }
    const std::vector<JsonValue>& identities() const { return m_identities; }
    const std::vector<JsonValue>& identityGroups() const { return m_identityGroups; }
    const std::vector<JsonValue>& contentSources() const { return m_contentSources; }
    StoredCommunity* find(const QString& id);

    // Adds a field at its position (after the fields of the same position); a position below
    // 0 puts it last. Returns the field as stored.
    const CustomFieldRecord& addCustomField(CustomFieldRecord field);

private:
    static std::optional<QString> loadJson(const QByteArray& json, const QString& name,
                                           CommunityStore& store);

    QList<StoredCommunity> m_communities;
    QList<CustomFieldRecord> m_customFields;
    std::vector<JsonValue> m_identities;
    std::vector<JsonValue> m_identityGroups;
    std::vector<JsonValue> m_contentSources;
};

// The record of `records` whose string "id" is `id`, or nullptr.
const JsonValue* findById(const std::vector<JsonValue>& records, const QString& id);

} // namespace engage
