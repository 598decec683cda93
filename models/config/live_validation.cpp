#include "config/live_validation.h"

#include "config/config_validator.h"
#include "config/private_key_paths.h"
#include "config/unknown_members.h"

#include <algorithm>

namespace engage {

namespace {

void insertRow(QList<qsizetype>& rows, qsizetype row)
{
    rows.insert(std::lower_bound(rows.begin(), rows.end(), row) - rows.begin(), row);
}

void removeRow(QHash<QString, QList<qsizetype>>& rowsByName, const QString& name, qsizetype row)
{
    const auto holders = rowsByName.find(name);
    holders->removeAt(std::lower_bound(holders->begin(), holders->end(), row) - holders->begin());
    if (holders->isEmpty())
        rowsByName.erase(holders);
}

} // namespace

void LiveValidation::checkWholeMapping(const QList<MappingRow>& rows,
                                       const QList<CustomField>& catalogue)
{
    m_checkedMapping = rows;
    m_checkedMappingCatalogue = catalogue;
    m_mappingCatalogue = ConfigValidator::mappingCatalogue(m_checkedMappingCatalogue);
    m_mappingRowsByKey.clear();
    m_mappingRowsByField.clear();
    for (qsizetype row = 0; row < rows.size(); ++row) {
        m_mappingRowsByKey[rows[row].key].append(row);
        m_mappingRowsByField[rows[row].field].append(row);
    }
    m_mappingRowDiagnostics = QList<Diagnostics>(rows.size());
    for (qsizetype row = 0; row < rows.size(); ++row)
        checkMappingRow(row);
}

// An edit, insert, removal or move changes one run of rows: rows[first, insertedEnd) stand where
// m_checkedMapping[first, removedEnd) stood, and the rows around the run are the same.
void LiveValidation::checkChangedMapping(const QList<MappingRow>& rows)
{
    const QList<MappingRow> before = m_checkedMapping;
    const qsizetype common = std::min(before.size(), rows.size());
    qsizetype first = 0;
    while (first < common && before[first] == rows[first])
        ++first;
    qsizetype unchangedTail = 0;
    while (unchangedTail < common - first &&
           before[before.size() - 1 - unchangedTail] == rows[rows.size() - 1 - unchangedTail])
        ++unchangedTail;
    const qsizetype removedEnd = before.size() - unchangedTail;
    const qsizetype insertedEnd = rows.size() - unchangedTail;
    const qsizetype shift = rows.size() - before.size();

    // Where the first holder of each key and field the change touches stood, in the new row
    // numbers; -1 when it was among the replaced rows, whose key or field may have changed.
    const auto movedRow = [&](qsizetype row) {
        return row < first ? row : row >= removedEnd ? row + shift : -1;
    };
    QHash<QString, qsizetype> keyHoldersBefore;
    QHash<QString, qsizetype> fieldHoldersBefore;
    const auto noteHolders = [&](const MappingRow& row) {
        if (const auto holders = m_mappingRowsByKey.constFind(row.key);
            holders != m_mappingRowsByKey.cend())
            keyHoldersBefore.insert(row.key, movedRow(holders->first()));
        if (const auto holders = m_mappingRowsByField.constFind(row.field);
            holders != m_mappingRowsByField.cend())
            fieldHoldersBefore.insert(row.field, movedRow(holders->first()));
    };
    for (qsizetype row = first; row < removedEnd; ++row)
        noteHolders(before[row]);
    for (qsizetype row = first; row < insertedEnd; ++row)
        noteHolders(rows[row]);

    for (qsizetype row = first; row < removedEnd; ++row) {
        removeRow(m_mappingRowsByKey, before[row].key, row);
        removeRow(m_mappingRowsByField, before[row].field, row);
    }
    if (shift != 0) {
        for (RowsByName* rowsByName : {&m_mappingRowsByKey, &m_mappingRowsByField}) {
            for (QList<qsizetype>& holders : *rowsByName) {
                for (qsizetype& row : holders) {
                    if (row >= removedEnd)
                        row += shift;
                }
            }
        }
    }
    for (qsizetype row = first; row < insertedEnd; ++row) {
        insertRow(m_mappingRowsByKey[rows[row].key], row);
        insertRow(m_mappingRowsByField[rows[row].field], row);
    }
    m_mappingRowDiagnostics.remove(first, removedEnd - first);
    m_mappingRowDiagnostics.insert(first, insertedEnd - first, Diagnostics());
    m_checkedMapping = rows;

    // The changed rows, and the rows after them when rows moved: their paths changed.
    const qsizetype checkedEnd = shift == 0 ? insertedEnd : rows.size();
    for (qsizetype row = first; row < checkedEnd; ++row)
        checkMappingRow(row);
    // The other holders of a key or field whose first holder changed.
    const auto checkHolders = [&](const RowsByName& rowsByName, const QString& name,
                                  qsizetype firstHolderBefore) {
        const auto holders = rowsByName.constFind(name);
        if (holders == rowsByName.cend())
            return;
        if (holders->first() == firstHolderBefore)
            return;
        for (const qsizetype row : *holders) {
            if (row < first || row >= checkedEnd)
                checkMappingRow(row);
        }
    };
    for (auto holder = keyHoldersBefore.cbegin(); holder != keyHoldersBefore.cend(); ++holder)
        checkHolders(m_mappingRowsByKey, holder.key(), holder.value());
    for (auto holder = fieldHoldersBefore.cbegin(); holder != fieldHoldersBefore.cend(); ++holder)
        checkHolders(m_mappingRowsByField, holder.key(), holder.value());
}

void LiveValidation::checkMappingRow(qsizetype row)
{
    const auto firstOther = [row](const QList<qsizetype>& holders) {
        return holders.first() != row ? std::optional(holders.first()) : std::nullopt;
    };
    const MappingRow& mapping = m_checkedMapping[row];
    m_mappingRowDiagnostics[row] = ConfigValidator::validateMappingRow(
        m_checkedMapping, row, m_mappingCatalogue, firstOther(m_mappingRowsByKey[mapping.key]),
        firstOther(m_mappingRowsByField[mapping.field]));
}

bool LiveValidation::update(const CommunityConfig& config)
{
    if (!m_checked || config.customFields != m_checkedFields) {
        m_fieldDiagnostics = ConfigValidator::validateCustomFields(config.customFields);
        m_checkedFields = config.customFields;
    }
    if (!m_checked || config.extraValuesMapping != m_checkedMapping ||
        config.customFields != m_checkedMappingCatalogue) {
        if (!m_checked || config.customFields != m_checkedMappingCatalogue)
            checkWholeMapping(config.extraValuesMapping, config.customFields);
        else
            checkChangedMapping(config.extraValuesMapping);
        m_mappingDiagnostics.clear();
        for (const Diagnostics& rowDiagnostics : std::as_const(m_mappingRowDiagnostics))
            m_mappingDiagnostics.append(rowDiagnostics);
    }
    if (!m_checked || config.jwtKeys != m_checkedKeys) {
        m_keyDiagnostics = ConfigValidator::validateKeys(config.jwtKeys, m_keyCache);
        m_keyCache.dropUnused();
        m_checkedKeys = config.jwtKeys;
    }
    m_checked = true;

    // In ConfigValidator::validate's order, then the unknown members' warnings.
    Diagnostics diagnostics = ConfigValidator::validateSignedIdentities(config.signedIdentities,
                                                                        !config.jwtKeys.isEmpty());
    diagnostics.reserve(diagnostics.size() + m_fieldDiagnostics.size() +
                        m_mappingDiagnostics.size() + m_keyDiagnostics.size());
    diagnostics.append(m_fieldDiagnostics);
    diagnostics.append(m_mappingDiagnostics);
    diagnostics.append(m_keyDiagnostics);
    diagnostics.append(
        ConfigValidator::validatePrivateKeyPaths(privateKeyPaths(config), m_keyDiagnostics));
    diagnostics.append(unknownMemberWarnings(config));
    if (diagnostics == m_diagnostics)
        return false;
    m_diagnostics = std::move(diagnostics);
    return true;
}

Diagnostics LiveValidation::mappingKeyDiagnostics(qsizetype row, const QString& key) const
{
    std::optional<qsizetype> otherRow;
    for (const qsizetype holder : m_mappingRowsByKey.value(key)) {
        if (holder != row) {
            otherRow = holder;
            break;
        }
    }
    return ConfigValidator::validateMappingKey(key, row, otherRow);
}

} // namespace engage
