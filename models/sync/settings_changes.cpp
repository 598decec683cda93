#include "sync/settings_changes.h"

#include "text/untrusted_text.h"

namespace engage {

namespace {

// "TITLE: BEFORE → AFTER", one sentence to translate: French writes a space before the colon.
QString changedFromTo(const QString& title, const QString& before, const QString& after)
{
    return SettingsChangeText::tr("%1: %2 \u2192 %3").arg(title, before, after);
}

// The occurrence-th item of `items` whose id is `id`, or nullptr.
template <typename Item, typename IdOf>
const Item* findItem(const QList<Item>& items, const QString& id, int occurrence, IdOf idOf)
{
    int seen = 0;
    for (const Item& item : items) {
        if (idOf(item) == id && seen++ == occurrence)
            return &item;
    }
    return nullptr;
}

const MappingRow* findRow(const CommunityConfig& settings, const SettingsEntity& entity)
{
    return findItem(settings.extraValuesMapping, entity.id, entity.occurrence,
                    [](const MappingRow& row) { return row.key; });
}

const JwtKey* keyOfEntity(const CommunityConfig& settings, const SettingsEntity& entity)
{
    return findItem(settings.jwtKeys, entity.id, entity.occurrence,
                    [](const JwtKey& key) { return key.id; });
}

// How many items before `index` share its id: which occurrence it is.
template <typename Item, typename IdOf>
int occurrenceAt(const QList<Item>& items, qsizetype index, IdOf idOf)
{
    int occurrence = 0;
    for (qsizetype before = 0; before < index; ++before) {
        if (idOf(items[before]) == idOf(items[index]))
            ++occurrence;
    }
    return occurrence;
}

// "sha256:1f2e3d4c5b6a…": enough to tell two values apart and to compare with check-key.
QString shortFingerprint(const QString& fingerprint)
{
    constexpr qsizetype shown = 7 + 12; // "sha256:" and 12 hex digits
    return fingerprint.size() > shown ? fingerprint.left(shown) + QChar(0x2026) : fingerprint;
}

QString modeLabel(const QString& mode)
{
    if (mode == SignedIdentities::accept)
        return SettingsChangeText::tr("Accept");
    if (mode == SignedIdentities::reject)
        return SettingsChangeText::tr("Reject");
    if (mode == SignedIdentities::require)
        return SettingsChangeText::tr("Require");
    return UntrustedText::quoted(mode);
}

QString fieldLabel(const QString& field, const QList<CustomField>& catalogue)
{
    CommunityConfig withCatalogue;
    withCatalogue.customFields = catalogue;
    return UntrustedText::forDisplay(destinationLabel(withCatalogue, field));
}

// A fingerprinted key: its algorithm and the fingerprint of its secret or public key.
QString keyText(const JwtKey& key)
{
    const std::optional<QString>& material = key.secret ? key.secret : key.publicKey;
    const QString algorithm = UntrustedText::forDisplay(key.algorithm);
    return material ? QStringLiteral("%1, %2").arg(algorithm, shortFingerprint(*material))
                    : SettingsChangeText::tr("%1, no secret or public key").arg(algorithm);
}

QString keyListText(const QList<MappingRow>& rows)
{
    QStringList keys;
    for (const MappingRow& row : rows)
        keys.append(QStringLiteral("`%1`").arg(UntrustedText::forDisplay(row.key)));
    return keys.join(QStringLiteral(", "));
}

// The entity a member-level change is about, located in the configuration its path points
// into (the "before" one for a removal).
SettingsEntity entityOf(const ConfigChange& change, const CommunityConfig& before,
                        const CommunityConfig& after)
{
    const CommunityConfig& config = change.kind == ConfigChange::Kind::Removed ? before : after;
    // "", then "signed_identities", "extra_values_mapping" alone (the order), or
    // "extra_values_mapping" or "jwt_keys" followed by an index and maybe a member.
    const QStringList segments = change.path.split(QLatin1Char('/'));
    if (segments.value(1) == QLatin1String("signed_identities"))
        return {SettingsEntity::Kind::SignedIdentities, QString(), 0};
    if (segments.size() < 3)
        return {SettingsEntity::Kind::MappingOrder, QString(), 0};
    const qsizetype index = segments[2].toLongLong();
    if (segments[1] == QLatin1String("jwt_keys")) {
        const auto idOf = [](const JwtKey& key) { return key.id; };
        return {SettingsEntity::Kind::JwtKey, config.jwtKeys[index].id,
                occurrenceAt(config.jwtKeys, index, idOf)};
    }
    const auto keyOf = [](const MappingRow& row) { return row.key; };
    return {SettingsEntity::Kind::MappingRow, config.extraValuesMapping[index].key,
            occurrenceAt(config.extraValuesMapping, index, keyOf)};
}

QString describeRow(const SettingsEntity& entity, const MappingRow* before, const MappingRow* after,
                    const QList<CustomField>& catalogue)
{
    const QString title = SettingsChangeText::entityTitle(entity);
    if (!before)
        return SettingsChangeText::tr("%1: added, written to %2.")
            .arg(title, fieldLabel(after->field, catalogue));
    if (!after)
        return SettingsChangeText::tr("%1: removed (it was written to %2).")
            .arg(title, fieldLabel(before->field, catalogue));
    return changedFromTo(title, fieldLabel(before->field, catalogue),
                         fieldLabel(after->field, catalogue));
}

QString describeKey(const SettingsEntity& entity, const JwtKey* before, const JwtKey* after)
{
    const QString title = SettingsChangeText::entityTitle(entity);
    if (!before)
        return SettingsChangeText::tr("%1: added (%2).").arg(title, keyText(*after));
    if (!after)
        return SettingsChangeText::tr("%1: removed (%2).").arg(title, keyText(*before));
    if (before->algorithm != after->algorithm)
        return changedFromTo(title, keyText(*before), keyText(*after));
    if (before->secret != after->secret && after->secret)
        return SettingsChangeText::tr("%1: secret changed (%2).")
            .arg(title, shortFingerprint(*after->secret));
    if (before->publicKey != after->publicKey && after->publicKey)
        return SettingsChangeText::tr("%1: public key changed (%2).")
            .arg(title, shortFingerprint(*after->publicKey));
    return SettingsChangeText::tr("%1: secret or public key removed (%2).")
        .arg(title, keyText(*after));
}

} // namespace

QString SettingsEntity::kindName() const
{
    switch (kind) {
    case Kind::SignedIdentities:
        return QStringLiteral("signed_identities");
    case Kind::MappingRow:
        return QStringLiteral("mapping_row");
    case Kind::MappingOrder:
        return QStringLiteral("mapping_order");
    case Kind::JwtKey:
        break;
    }
    return QStringLiteral("jwt_key");
}

QString SettingsEntity::key() const
{
    QString name = kindName();
    if (!id.isEmpty() || kind == Kind::MappingRow || kind == Kind::JwtKey)
        name += QLatin1Char(':') + id;
    if (occurrence > 0)
        name += QLatin1Char('#') + QString::number(occurrence + 1);
    return name;
}

bool SettingsEntity::operator==(const SettingsEntity& other) const
{
    return kind == other.kind && id == other.id && occurrence == other.occurrence;
}

CommunityConfig fingerprintedSettings(const CommunityConfig& config)
{
    CommunityConfig settings;
    settings.signedIdentities = config.signedIdentities;
    for (const MappingRow& row : config.extraValuesMapping)
        settings.extraValuesMapping.append({row.key, row.field});
    for (const JwtKey& key : config.jwtKeys) {
        JwtKey kept{key.id, key.algorithm, std::nullopt, std::nullopt};
        if (key.secret)
            kept.secret = ConfigDiff::secretFingerprint(*key.secret);
        if (key.publicKey)
            kept.publicKey = ConfigDiff::publicKeyFingerprint(*key.publicKey);
        settings.jwtKeys.append(kept);
    }
    return settings;
}

SettingsChanges SettingsChangeText::between(const CommunityConfig& before,
                                            const CommunityConfig& after,
                                            const QList<CustomField>& catalogue)
{
    SettingsChanges changes;
    for (const ConfigChange& member :
         ConfigDiff::between(before, after, ConfigDiff::Scope::MessagingSettings)) {
        const SettingsEntity entity = entityOf(member, before, after);
        const auto same = [&entity](const SettingsChange& change) {
            return change.entity == entity;
        };
        const auto found = std::find_if(changes.begin(), changes.end(), same);
        if (found != changes.end()) {
            found->members.append(member);
            continue;
        }
        changes.append({entity, QString(), {member}});
    }
    const CommunityConfig old = fingerprintedSettings(before);
    const CommunityConfig now = fingerprintedSettings(after);
    for (SettingsChange& change : changes) {
        const QString title = entityTitle(change.entity);
        switch (change.entity.kind) {
        case SettingsEntity::Kind::SignedIdentities:
            change.description = changedFromTo(title, modeLabel(old.signedIdentities),
                                               modeLabel(now.signedIdentities));
            break;
        case SettingsEntity::Kind::MappingOrder:
            change.description = changedFromTo(title, keyListText(old.extraValuesMapping),
                                               keyListText(now.extraValuesMapping));
            break;
        case SettingsEntity::Kind::MappingRow:
            change.description = describeRow(change.entity, findRow(old, change.entity),
                                             findRow(now, change.entity), catalogue);
            break;
        case SettingsEntity::Kind::JwtKey:
            change.description = describeKey(change.entity, keyOfEntity(old, change.entity),
                                             keyOfEntity(now, change.entity));
            break;
        }
    }
    return changes;
}

QString SettingsChangeText::valueText(const SettingsEntity& entity, const CommunityConfig& settings,
                                      const QList<CustomField>& catalogue)
{
    switch (entity.kind) {
    case SettingsEntity::Kind::SignedIdentities:
        return modeLabel(settings.signedIdentities);
    case SettingsEntity::Kind::MappingOrder:
        return keyListText(settings.extraValuesMapping);
    case SettingsEntity::Kind::MappingRow:
        if (const MappingRow* row = findRow(settings, entity))
            return fieldLabel(row->field, catalogue);
        break;
    case SettingsEntity::Kind::JwtKey:
        if (const JwtKey* key = keyOfEntity(settings, entity))
            return keyText(*key);
        break;
    }
    return tr("(absent)");
}

QString SettingsChangeText::unknownValueText()
{
    return tr("(not known: the sync record was written before records kept what was pulled)");
}

QString SettingsChangeText::entityTitle(const SettingsEntity& entity)
{
    const QString id = UntrustedText::forDisplay(entity.id);
    const QString nth =
        entity.occurrence > 0 ? tr(" (occurrence %1)").arg(entity.occurrence + 1) : QString();
    switch (entity.kind) {
    case SettingsEntity::Kind::SignedIdentities:
        return tr("Signed identities");
    case SettingsEntity::Kind::MappingOrder:
        return tr("Mapping order");
    case SettingsEntity::Kind::MappingRow:
        return tr("Mapping `%1`%2").arg(id, nth);
    case SettingsEntity::Kind::JwtKey:
        break;
    }
    return tr("JWT key `%1`%2").arg(id, nth);
}

} // namespace engage
