#include "community_store.h"

#include "config/config_reader.h"
#include "io/bounded_input.h"
#include "json/json_parser.h"
#include "json/json_writer.h"

#include <QDateTime>

namespace engage {

namespace {

const QString seedTime = QStringLiteral("2025-01-06T09:00:00Z");

// Generated records are created a minute apart after the seed, in order.
QString generatedTime(int index)
{
    return QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC)
        .addSecs(60LL * index)
        .toString(Qt::ISODate);
}

StoredCommunity community(const QString& id, const QString& name, const QString& createdAt)
{
    StoredCommunity stored;
    stored.record = {id, name, QStringLiteral("messaging"), true, createdAt, createdAt};
    stored.settingsUpdatedAt = createdAt;
    return stored;
}

} // namespace

CommunityStore CommunityStore::builtIn()
{
    CommunityStore store;
    StoredCommunity website = community(QStringLiteral("5f0c0a1b2c3d4e5f60718293"),
                                        QStringLiteral("Website chat"), seedTime);
    website.settings.signedIdentities = SignedIdentities::require;
    website.settings.extraValuesMapping = {
        {QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    // A made-up secret: this is demonstration data.
    website.settings.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256,
                                 QStringLiteral("9aeaf06388b8ab6487d1605b"), std::nullopt}};
    store.m_communities.append(website);
    store.m_communities.append(community(QStringLiteral("5f0c0a1b2c3d4e5f60718294"),
                                         QStringLiteral("Mobile app"),
                                         QStringLiteral("2025-01-07T10:30:00Z")));
    store.m_communities.append(community(QStringLiteral("5f0c0a1b2c3d4e5f60718295"),
                                         QStringLiteral("Support desk"),
                                         QStringLiteral("2025-01-08T14:15:00Z")));
    store.m_customFields = {
        {QStringLiteral("cf01"), QStringLiteral("customer_id"), QStringLiteral("Customer id"),
         QStringLiteral("string"), identityGroupType, QStringLiteral("^C[0-9]{8}$")},
        {QStringLiteral("cf02"), QStringLiteral("account_no"), QStringLiteral("Account number"),
         QStringLiteral("string"), identityGroupType, std::nullopt},
        // Not an Identity Group field: never a mapping destination, left out of pulled files.
        {QStringLiteral("cf03"), QStringLiteral("order_ref"), QStringLiteral("Order reference"),
         QStringLiteral("string"), QStringLiteral("Intervention"), std::nullopt},
    };
    return store;
}

std::optional<QString> CommunityStore::load(const QString& path, CommunityStore& store)
{
    constexpr qint64 maxSeedSize = 256 * 1024 * 1024;
    const BoundedInput input = BoundedInputReader::read(path, maxSeedSize);
    if (input.error)
        return input.error;
    if (input.exceeds(maxSeedSize))
        return tr("%1 is larger than 256 MiB.").arg(path);
    const JsonParseResult parsed = parseJson(input.bytes);
    if (parsed.error) {
        return tr("%1 is not valid JSON: line %2, column %3: %4.")
            .arg(path)
            .arg(parsed.error->position.line)
            .arg(parsed.error->position.column)
            .arg(parsed.error->message);
    }
    const JsonValue* communities = parsed.value->member(u"communities");
    const JsonValue* customFields = parsed.value->member(u"custom_fields");
    if ((communities && !communities->isArray()) || (customFields && !customFields->isArray()))
        return tr("In %1, \"communities\" and \"custom_fields\" must be arrays.").arg(path);

    CommunityStore loaded;
    if (communities) {
        for (const JsonValue& item : communities->items()) {
            const std::optional<CommunityRecord> record = CommunityRecord::fromJson(item);
            if (!record)
                return tr("In %1, a community has no string id and name.").arg(path);
            StoredCommunity stored;
            stored.record = *record;
            stored.settingsUpdatedAt = record->updatedAt;
            if (const JsonValue* settings = item.member(u"messaging_settings")) {
                const ConfigReadResult read = ConfigReader::read(
                    toCompactJson(*settings), ConfigReader::Shape::MessagingSettings);
                if (!read.config)
                    return tr("In %1, the messaging settings of %2 are not an object.")
                        .arg(path, record->id);
                stored.settings = *read.config;
            }
            loaded.m_communities.append(stored);
        }
    }
    if (customFields) {
        for (const JsonValue& item : customFields->items()) {
            const std::optional<CustomFieldRecord> record = CustomFieldRecord::fromJson(item);
            if (!record)
                return tr("In %1, a custom field is malformed.").arg(path);
            loaded.m_customFields.append(*record);
        }
    }
    store = std::move(loaded);
    return std::nullopt;
}

void CommunityStore::generateCommunities(int count)
{
    for (int index = 1; index <= count; ++index) {
        m_communities.append(community(QStringLiteral("6a%1").arg(index, 22, 16, QLatin1Char('0')),
                                       QStringLiteral("Community %1").arg(index),
                                       generatedTime(index)));
    }
}

void CommunityStore::generateCustomFields(int count)
{
    for (int index = 1; index <= count; ++index) {
        m_customFields.append({QStringLiteral("gen%1").arg(index),
                               QStringLiteral("field_%1").arg(index, 4, 10, QLatin1Char('0')),
                               QStringLiteral("Field %1").arg(index), QStringLiteral("string"),
                               identityGroupType, std::nullopt});
    }
}

StoredCommunity* CommunityStore::find(const QString& id)
{
    for (StoredCommunity& stored : m_communities) {
        if (stored.record.id == id)
            return &stored;
    }
    return nullptr;
}

} // namespace engage
