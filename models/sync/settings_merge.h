#pragma once

#include "sync/settings_changes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace engage {

// Which version of a conflicting entity a push keeps.
enum class ConflictChoice { Theirs, Yours };

// One entity that both the server ("theirs") and the file ("yours") changed since the merge
// base, differently: the three versions, as shown to people (secrets as fingerprints).
struct SettingsConflict
{
    SettingsEntity entity;
    QString base;
    QString theirs;
    QString yours;
};

struct SettingsMergeResult
{
    // `yours` (the whole configuration: community, catalogue, unknown members) with the merged
    // messaging settings: what is pushed, and what the file holds after the push.
    CommunityConfig merged;
    // Every conflict, chosen or not.
    QList<SettingsConflict> conflicts;
    // The conflicts no choice was given for; `merged` then holds yours for them.
    int unresolved = 0;
};

// The three-way merge of a community's messaging settings (docs/api.md "Sync records and
// conflicts"), entity by entity:
// - the signed-identities mode is one entity;
// - a mapping row is identified by its extra-values key, its value is its destination field:
//   a renamed key is the old row removed and a new row added;
// - a JWT key is identified by its ID, its value its algorithm and secret or public key;
// - the order of the mapping rows: when only one side reordered the rows it shares with the
//   base, that side's order is kept, otherwise the file's; rows only one side has follow the
//   row they follow there. Order never conflicts: with distinct keys it changes no value
//   Engage writes.
// For each entity: the same on both sides, or changed on one side only (added, removed and
// modified alike), is merged; changed on both sides differently (delete against modify
// included) is a conflict. A merged entity taken from the server keeps the file's unknown
// members of that row or key (docs/file-format.md).
class SettingsMerge
{
public:
    // `base` is the sync record's settings in fingerprinted form (fingerprintedSettings);
    // std::nullopt when the record has none, and then every entity the two sides disagree
    // on is a conflict. `choices` resolves conflicts by SettingsEntity::key().
    static SettingsMergeResult merge(const std::optional<CommunityConfig>& base,
                                     const CommunityConfig& theirs, const CommunityConfig& yours,
                                     const QHash<QString, ConflictChoice>& choices = {});
};

} // namespace engage
