#pragma once

#include "api/api_records.h"
#include "config/community_config.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

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

// The emulator's data, in memory: communities in creation order and the custom fields.
class CommunityStore
{
    Q_DECLARE_TR_FUNCTIONS(engage::CommunityStore)

public:
    // A small set to try the application with: three communities, a few custom fields.
    static CommunityStore builtIn();

    // A seed file: {"communities":[{id, name, type, active, created_at, updated_at,
    // "messaging_settings": {...}?}], "custom_fields":[{id, key, label, type,
    // associated_type_name, regex?}]}. Returns a translated error when it cannot be used.
    static std::optional<QString> load(const QString& path, CommunityStore& store);

    // Appends generated records after the existing ones (for volume tests and benchmarks).
    void generateCommunities(int count);
    void generateCustomFields(int count);

    QList<StoredCommunity>& communities() { return m_communities; }
    const QList<CustomFieldRecord>& customFields() const { return m_customFields; }
    StoredCommunity* find(const QString& id);

private:
    QList<StoredCommunity> m_communities;
    QList<CustomFieldRecord> m_customFields;
};

} // namespace engage
