#pragma once

#include "config/community_config.h"
#include "config/config_validator.h"
#include "config/diagnostic.h"
#include "crypto/pem_key_cache.h"

#include <QHash>
#include <QList>

namespace engage {

// The diagnostics of a configuration being edited, kept from one change to the next: the same
// list as ConfigValidator::validate followed by unknownMemberWarnings, but the catalogue, the
// mapping and the keys are checked again only when they changed since the previous update. An
// edit of the community then costs no check of ten thousand mapping rows, and an edit of a
// mapping row none of the keys. The parts that read the whole configuration (private keys,
// unknown members) look at every text once and build nothing unless they find something.
// The mapping's results are kept per row: an edit, an insert or a removal of rows checks again
// only the changed rows, the rows after them when rows moved (their paths changed), and the
// rows sharing a key or a field with them whose first holder changed (their message names it).
class LiveValidation
{
public:
    // Brings the diagnostics up to `config`; true when they differ from the previous ones.
    bool update(const CommunityConfig& config);
    const Diagnostics& diagnostics() const { return m_diagnostics; }

    // The problems of `key` typed into the key cell of mapping row `row`, before it is
    // committed: empty, white space, or the key of another row (found in an index of the keys
    // of the last update, not by a scan).
    Diagnostics mappingKeyDiagnostics(qsizetype row, const QString& key) const;

private:
    using RowsByName = QHash<QString, QList<qsizetype>>; // ascending row numbers

    void checkWholeMapping(const QList<MappingRow>& rows, const QList<CustomField>& catalogue);
    void checkChangedMapping(const QList<MappingRow>& rows);
    void checkMappingRow(qsizetype row);

    // The inputs each cached part was computed from. Lists share their data with the
    // configuration, so an unchanged part compares equal at once.
    QList<CustomField> m_checkedFields;
    QList<MappingRow> m_checkedMapping;
    QList<CustomField> m_checkedMappingCatalogue;
    QList<JwtKey> m_checkedKeys;
    bool m_checked = false;

    Diagnostics m_fieldDiagnostics;
    Diagnostics m_mappingDiagnostics;
    Diagnostics m_keyDiagnostics;
    MappingCatalogue m_mappingCatalogue; // points into m_checkedMappingCatalogue
    QList<Diagnostics> m_mappingRowDiagnostics;
    RowsByName m_mappingRowsByKey;
    RowsByName m_mappingRowsByField;
    PemKeyCache m_keyCache;
    Diagnostics m_diagnostics;
};

} // namespace engage
