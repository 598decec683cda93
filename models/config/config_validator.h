#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"
#include "crypto/pem_key_cache.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace engage {

// The custom fields by key, pointing into the list they were made from (which must outlive it).
using MappingCatalogue = QHash<QString, const CustomField*>;

// The rules of docs/validation.md about values: signed identities mode, custom fields, the extra
// values mapping and JWT keys. The one implementation behind engagectl, the application's live
// validation and the emulator's 422 answers. Runs in time linear in the number of entries.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(engage::ConfigValidator)

public:
    static Diagnostics validate(const CommunityConfig& config);
    // The same, with RS256 keys inspected through a cache that outlives the call: for
    // validation after every edit of a configuration with many keys.
    static Diagnostics validate(const CommunityConfig& config, PemKeyCache& keyCache);

    // Parts of validate(), in its order, for LiveValidation, which runs again only the parts
    // whose input changed (the mapping row by row, below).
    static Diagnostics validateSignedIdentities(const QString& mode, bool hasKeys);
    static Diagnostics validateCustomFields(const QList<CustomField>& fields);
    static Diagnostics validateKeys(const QList<JwtKey>& keys, PemKeyCache& keyCache);
    // rsa_private_key at each of `paths` (privateKeyPaths) that `keyDiagnostics` (those of
    // validateKeys) has not reported already.
    static Diagnostics validatePrivateKeyPaths(const QStringList& paths,
                                               const Diagnostics& keyDiagnostics);

    // The rules of mapping row `index` of `rows`, given the first other rows holding its key and
    // writing its field (each only if it comes before `index`): validate()'s diagnostics of
    // that row. For LiveValidation, which checks again only the rows an edit can change.
    static MappingCatalogue mappingCatalogue(const QList<CustomField>& fields);
    static Diagnostics validateMappingRow(const QList<MappingRow>& rows, qsizetype index,
                                          const MappingCatalogue& catalogue,
                                          std::optional<qsizetype> firstRowWithKey,
                                          std::optional<qsizetype> firstRowWithField);

    // The rules of one mapping key on its own row, for the cell being typed in: empty, white
    // space, and mapping_key_duplicate when otherRowWithKey (another row holding the same key)
    // is given.
    static Diagnostics validateMappingKey(const QString& key, qsizetype row,
                                          std::optional<qsizetype> otherRowWithKey);

    // One key on its own (engagectl check-key); paths are relative to the key, e.g. "/secret".
    // checkId is false when the caller has no ID to check.
    static Diagnostics validateKey(const JwtKey& key, bool checkId);
};

} // namespace engage
