#pragma once

#include "config/config_diff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace engage {

// One thing of the messaging settings (docs/api.md) that a change or a conflict is about: the
// signed-identities mode, a mapping row (by its extra-values key), the order of the mapping
// rows, or a JWT key (by its ID).
struct SettingsEntity
{
    enum class Kind { SignedIdentities, MappingRow, MappingOrder, JwtKey };

    Kind kind = Kind::SignedIdentities;
    QString id; // the row's key or the key's ID; empty for the mode and the order
    // 0 for the first item with that id, 1 for a second one (an invalid file or server state
    // may repeat a key; each occurrence is then an entity of its own).
    int occurrence = 0;

    // "signed_identities", "mapping_row", "mapping_order" or "jwt_key": for --json.
    QString kindName() const;
    // Unique within the settings, e.g. "mapping_row:cell_number": a conflict choice's name.
    QString key() const;

    bool operator==(const SettingsEntity& other) const;
};

// One change of one entity, described for people, with the same change member by member as
// JSON Pointers (what `diff --json` gives).
struct SettingsChange
{
    SettingsEntity entity;
    // Translated: "Mapping `cell_number`: Mobile phone → Home phone". Text from files and
    // servers is escaped (UntrustedText::forDisplay); secrets appear as fingerprints only.
    QString description;
    ConfigChanges members;
};

using SettingsChanges = QList<SettingsChange>;

// The messaging settings of a configuration with every HS256 secret and every public key
// replaced by its SHA-256 fingerprint (ConfigDiff): the form in which a sync record keeps its
// merge base, and in which two versions of the settings are compared. Only the settings
// members are kept (no community, catalogue or unknown member).
CommunityConfig fingerprintedSettings(const CommunityConfig& config);

// The changes of the messaging settings from `before` to `after`, by entity, for people.
class SettingsChangeText
{
    Q_DECLARE_TR_FUNCTIONS(engage::SettingsChangeText)

public:
    // `catalogue` gives custom destination fields their labels.
    static SettingsChanges between(const CommunityConfig& before, const CommunityConfig& after,
                                   const QList<CustomField>& catalogue);

    // How an entity's value is shown in a conflict, one side of base / theirs / yours:
    // "Require", "Home phone", "HS256, sha256:1f2e3d4c5b6a…", or "(absent)".
    // `settings` is in fingerprinted form (fingerprintedSettings).
    static QString valueText(const SettingsEntity& entity, const CommunityConfig& settings,
                             const QList<CustomField>& catalogue);
    // The side of a conflict whose value is not known: a sync record written before records
    // kept a merge base.
    static QString unknownValueText();

    // "Signed identities", "Mapping `cell_number`", "Mapping order", "JWT key `prod`".
    static QString entityTitle(const SettingsEntity& entity);
};

} // namespace engage
