#include "sync/settings_merge.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace engage {

namespace {

// One version of the settings, entity by entity, in fingerprinted form for comparison.
struct Side
{
    QString mode;
    QHash<QString, QString> values; // SettingsEntity::key() of a row or key -> its value
    QStringList rowOrder;           // entity keys of the mapping rows, in order
    QStringList keyOrder;           // entity keys of the JWT keys, in order
    QHash<QString, SettingsEntity> entities;
};

QString keyValue(const JwtKey& key)
{
    // Fields joined by a separator no fingerprint, algorithm name or marker contains.
    const QChar separator(0x1f);
    return key.algorithm + separator + key.secret.value_or(QStringLiteral("-")) + separator +
           key.publicKey.value_or(QStringLiteral("-"));
}

Side sideOf(const CommunityConfig& fingerprinted)
{
    Side side;
    side.mode = fingerprinted.signedIdentities;
    QHash<QString, int> rowsSeen; // occurrences of each key so far
    for (const MappingRow& row : fingerprinted.extraValuesMapping) {
        const SettingsEntity entity{SettingsEntity::Kind::MappingRow, row.key, rowsSeen[row.key]++};
        side.values.insert(entity.key(), row.field);
        side.rowOrder.append(entity.key());
        side.entities.insert(entity.key(), entity);
    }
    QHash<QString, int> keysSeen;
    for (const JwtKey& key : fingerprinted.jwtKeys) {
        const SettingsEntity entity{SettingsEntity::Kind::JwtKey, key.id, keysSeen[key.id]++};
        side.values.insert(entity.key(), keyValue(key));
        side.keyOrder.append(entity.key());
        side.entities.insert(entity.key(), entity);
    }
    return side;
}

std::optional<QString> valueIn(const Side& side, const QString& entityKey)
{
    const auto found = side.values.constFind(entityKey);
    return found == side.values.cend() ? std::nullopt : std::optional<QString>(*found);
}

enum class Take { Theirs, Yours, Conflict };

// base == nullptr: the base is not known.
Take decide(const std::optional<QString>* base, const std::optional<QString>& theirs,
            const std::optional<QString>& yours)
{
    if (theirs == yours)
        return Take::Yours;
    if (base && *base == theirs)
        return Take::Yours;
    if (base && *base == yours)
        return Take::Theirs;
    return Take::Conflict;
}

QStringList common(const QStringList& order, const QStringList& other)
{
    QStringList kept;
    for (const QString& key : order) {
        if (other.contains(key))
            kept.append(key);
    }
    return kept;
}

// The merged order of the `kept` entities: the skeleton side's order, then each entity the
// skeleton lacks (the other side has it) placed after the entity it follows there.
QStringList mergedOrder(const QStringList& skeleton, const QStringList& other,
                        const QSet<QString>& kept)
{
    QStringList order;
    for (const QString& key : skeleton) {
        if (kept.contains(key))
            order.append(key);
    }
    for (qsizetype index = 0; index < other.size(); ++index) {
        const QString& key = other[index];
        if (!kept.contains(key) || order.contains(key))
            continue;
        qsizetype at = 0;
        for (qsizetype previous = index - 1; previous >= 0; --previous) {
            const qsizetype found = order.indexOf(other[previous]);
            if (found >= 0) {
                at = found + 1;
                break;
            }
        }
        order.insert(at, key);
    }
    return order;
}

class Merger
{
public:
    Merger(const std::optional<CommunityConfig>& base, const CommunityConfig& theirs,
           const CommunityConfig& yours, const QHash<QString, ConflictChoice>& choices)
        : m_theirsConfig(theirs), m_yoursConfig(yours), m_choices(choices),
          m_theirs(sideOf(fingerprintedSettings(theirs))),
          m_yours(sideOf(fingerprintedSettings(yours))),
          m_baseConfig(base ? *base : CommunityConfig()), m_base(sideOf(m_baseConfig)),
          m_baseKnown(base.has_value())
    {
        m_result.merged = yours;
    }

    SettingsMergeResult run()
    {
        const SettingsEntity mode{SettingsEntity::Kind::SignedIdentities, QString(), 0};
        const std::optional<QString> baseMode = m_base.mode;
        if (resolve(mode, m_baseKnown ? &baseMode : nullptr, m_theirs.mode, m_yours.mode) ==
            Take::Theirs)
            m_result.merged.signedIdentities = m_theirsConfig.signedIdentities;

        m_result.merged.extraValuesMapping.clear();
        for (const QString& key :
             mergedList(m_base.rowOrder, m_theirs.rowOrder, m_yours.rowOrder)) {
            const auto [theirs, yours] = pick(key, m_theirs.rowOrder, m_yours.rowOrder);
            MappingRow row = yours >= 0 ? m_yoursConfig.extraValuesMapping[yours]
                                        : m_theirsConfig.extraValuesMapping[theirs];
            if (theirs >= 0 && m_taken.value(key) == Take::Theirs)
                row.field = m_theirsConfig.extraValuesMapping[theirs].field;
            m_result.merged.extraValuesMapping.append(row);
        }
        m_result.merged.jwtKeys.clear();
        for (const QString& key :
             mergedList(m_base.keyOrder, m_theirs.keyOrder, m_yours.keyOrder)) {
            const auto [theirs, yours] = pick(key, m_theirs.keyOrder, m_yours.keyOrder);
            JwtKey jwtKey =
                yours >= 0 ? m_yoursConfig.jwtKeys[yours] : m_theirsConfig.jwtKeys[theirs];
            if (theirs >= 0 && m_taken.value(key) == Take::Theirs) {
                const JwtKey& from = m_theirsConfig.jwtKeys[theirs];
                jwtKey.algorithm = from.algorithm;
                jwtKey.secret = from.secret;
                jwtKey.publicKey = from.publicKey;
            }
            m_result.merged.jwtKeys.append(jwtKey);
        }
        return std::move(m_result);
    }

private:
    // The entities kept, in their merged order; m_taken says which side's value each takes.
    QStringList mergedList(const QStringList& base, const QStringList& theirs,
                           const QStringList& yours)
    {
        QStringList all = yours;
        for (const QString& key : theirs + base) {
            if (!all.contains(key))
                all.append(key);
        }
        QSet<QString> kept;
        for (const QString& key : all) {
            const std::optional<QString> baseValue = valueIn(m_base, key);
            const SettingsEntity entity = entityFor(key);
            const Take take = resolve(entity, m_baseKnown ? &baseValue : nullptr,
                                      valueIn(m_theirs, key), valueIn(m_yours, key));
            m_taken.insert(key, take);
            const bool present = take == Take::Theirs ? theirs.contains(key) : yours.contains(key);
            if (present)
                kept.insert(key);
        }
        // Reordered by the server only: its order; otherwise the file's.
        const bool yoursKeptOrder = m_baseKnown && common(yours, base) == common(base, yours);
        return yoursKeptOrder ? mergedOrder(theirs, yours, kept) : mergedOrder(yours, theirs, kept);
    }

    SettingsEntity entityFor(const QString& key) const
    {
        for (const Side* side : {&m_yours, &m_theirs, &m_base}) {
            const auto found = side->entities.constFind(key);
            if (found != side->entities.cend())
                return *found;
        }
        return {};
    }

    static std::pair<qsizetype, qsizetype> pick(const QString& key, const QStringList& theirs,
                                                const QStringList& yours)
    {
        return {theirs.indexOf(key), yours.indexOf(key)};
    }

    // The side an entity takes: Theirs or Yours; a conflict is listed, and settled by the
    // choice given for it, or else for yours.
    Take resolve(const SettingsEntity& entity, const std::optional<QString>* base,
                 const std::optional<QString>& theirs, const std::optional<QString>& yours)
    {
        const Take take = decide(base, theirs, yours);
        if (take != Take::Conflict)
            return take;
        const QList<CustomField>& catalogue = m_yoursConfig.customFields;
        m_result.conflicts.append(
            {entity,
             m_baseKnown ? SettingsChangeText::valueText(entity, m_baseConfig, catalogue)
                         : SettingsChangeText::unknownValueText(),
             SettingsChangeText::valueText(entity, fingerprintedSettings(m_theirsConfig),
                                           catalogue),
             SettingsChangeText::valueText(entity, fingerprintedSettings(m_yoursConfig),
                                           catalogue)});
        const auto choice = m_choices.constFind(entity.key());
        if (choice == m_choices.cend()) {
            ++m_result.unresolved;
            return Take::Yours;
        }
        return *choice == ConflictChoice::Theirs ? Take::Theirs : Take::Yours;
    }

    const CommunityConfig& m_theirsConfig;
    const CommunityConfig& m_yoursConfig;
    const QHash<QString, ConflictChoice>& m_choices;
    Side m_theirs;
    Side m_yours;
    CommunityConfig m_baseConfig;
    Side m_base;
    bool m_baseKnown;
    QHash<QString, Take> m_taken;
    SettingsMergeResult m_result;
};

} // namespace

SettingsMergeResult SettingsMerge::merge(const std::optional<CommunityConfig>& base,
                                         const CommunityConfig& theirs,
                                         const CommunityConfig& yours,
                                         const QHash<QString, ConflictChoice>& choices)
{
    return Merger(base, theirs, yours, choices).run();
}

} // namespace engage
