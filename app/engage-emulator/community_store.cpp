#include "community_store.h"

#include "config/config_reader.h"
#include "io/bounded_input.h"
#include "json/json_parser.h"
#include "json/json_writer.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>

namespace engage {

namespace {

// Generated records are created a minute apart after the seed, in order.
QString generatedTime(int index)
{
    return QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC)
        .addSecs(60LL * index)
        .toString(Qt::ISODate);
}

bool hasStringId(const JsonValue& record)
{
    const JsonValue* id = record.member(u"id");
    return record.isObject() && id && id->isString();
}

} // namespace

const JsonValue* findById(const std::vector<JsonValue>& records, const QString& id)
{
    const auto found = std::find_if(records.begin(), records.end(), [&id](const JsonValue& record) {
        return record.member(u"id")->text() == id;
    });
    return found == records.end() ? nullptr : &*found;
}

CommunityStore CommunityStore::builtIn()
{
    QFile seed(QStringLiteral(":/engage-emulator/built_in_seed.json"));
    CommunityStore store;
    // Compiled in: a failure here is a broken build, which every test of the emulator shows.
    if (!seed.open(QIODevice::ReadOnly) || loadJson(seed.readAll(), seed.fileName(), store))
        qFatal("The built-in seed data of engage-emulator is unusable.");
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
    return loadJson(input.bytes, path, store);
}

std::optional<QString> CommunityStore::loadJson(const QByteArray& json, const QString& name,
                                                CommunityStore& store)
{
    const JsonParseResult parsed = parseJson(json);
    if (parsed.error) {
        return notValidJsonMessage(name, *parsed.error);
    }
    const std::vector<QString> arrays{QStringLiteral("communities"),
                                      QStringLiteral("custom_fields"), QStringLiteral("identities"),
                                      QStringLiteral("identity_groups"),
                                      QStringLiteral("content_sources")};
    for (const QString& array : arrays) {
        if (const JsonValue* value = parsed.value->member(array); value && !value->isArray())
            return tr("In %1, \"%2\" must be an array.").arg(name, array);
    }
    const auto items = [&parsed](QStringView array) {
        const JsonValue* value = parsed.value->member(array);
        return value ? value->items() : std::vector<JsonValue>();
    };

    CommunityStore loaded;
    for (const JsonValue& item : items(u"communities")) {
        const std::optional<CommunityRecord> record = CommunityRecord::fromJson(item);
        if (!record)
            return tr("In %1, a community has no string id and name.").arg(name);
        StoredCommunity stored;
        stored.record = *record;
        stored.settingsUpdatedAt = record->updatedAt;
        if (const JsonValue* settings = item.member(u"messaging_settings")) {
            const ConfigReadResult read = ConfigReader::read(
                toCompactJson(*settings), ConfigReader::Shape::MessagingSettings);
            if (!read.config)
                return tr("In %1, the messaging settings of %2 are not an object.")
                    .arg(name, record->id);
            stored.settings = *read.config;
        }
        loaded.m_communities.append(stored);
    }
    for (const JsonValue& item : items(u"custom_fields")) {
        const std::optional<CustomFieldRecord> record = CustomFieldRecord::fromJson(item);
        if (!record)
            return tr("In %1, a custom field is malformed.").arg(name);
        loaded.m_customFields.append(*record);
    }
    // GET /custom_fields lists them by position.
    std::stable_sort(loaded.m_customFields.begin(), loaded.m_customFields.end(),
                     [](const CustomFieldRecord& left, const CustomFieldRecord& right) {
                         return left.position < right.position;
                     });
    const std::vector<std::pair<QString, std::vector<JsonValue>*>> verbatim{
        {QStringLiteral("identities"), &loaded.m_identities},
        {QStringLiteral("identity_groups"), &loaded.m_identityGroups},
        {QStringLiteral("content_sources"), &loaded.m_contentSources}};
    for (const auto& [array, records] : verbatim) {
        for (const JsonValue& item : items(array)) {
            if (!hasStringId(item))
                return tr("In %1, every item of \"%2\" must be an object with a string id.")
                    .arg(name, array);
            records->push_back(item);
        }
    }
    store = std::move(loaded);
    return std::nullopt;
}

void CommunityStore::generateCommunities(int count)
{
    for (int index = 1; index <= count; ++index) {
        const QString createdAt = generatedTime(index);
        StoredCommunity stored;
        stored.record = {QStringLiteral("6a%1").arg(index, 22, 16, QLatin1Char('0')),
                         QStringLiteral("Community %1").arg(index),
                         QStringLiteral("messaging"),
                         true,
                         createdAt,
                         createdAt};
        stored.settingsUpdatedAt = createdAt;
        m_communities.append(stored);
    }
}

void CommunityStore::generateCustomFields(int count)
{
    for (int index = 1; index <= count; ++index) {
        CustomFieldRecord field;
        field.id = QStringLiteral("gen%1").arg(index);
        field.key = QStringLiteral("field_%1").arg(index, 4, 10, QLatin1Char('0'));
        field.label = QStringLiteral("Field %1").arg(index);
        field.type = QStringLiteral("string");
        field.associatedTypeName = identityGroupType;
        field.createdAt = field.updatedAt = generatedTime(index);
        field.position = -1;
        addCustomField(field);
    }
}

const CustomFieldRecord& CommunityStore::addCustomField(CustomFieldRecord field)
{
    if (field.position < 0)
        field.position = m_customFields.isEmpty() ? 1 : m_customFields.constLast().position + 1;
    const auto at = std::upper_bound(
        m_customFields.begin(), m_customFields.end(), field.position,
        [](int position, const CustomFieldRecord& stored) { return position < stored.position; });
    return *m_customFields.insert(at, field);
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
