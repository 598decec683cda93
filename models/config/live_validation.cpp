#include "config/live_validation.h"

#include "config/config_validator.h"
#include "config/private_key_paths.h"
#include "config/unknown_members.h"

namespace engage {

bool LiveValidation::update(const CommunityConfig& config)
{
    if (!m_checked || config.customFields != m_checkedFields) {
        m_fieldDiagnostics = ConfigValidator::validateCustomFields(config.customFields);
        m_checkedFields = config.customFields;
    }
    if (!m_checked || config.extraValuesMapping != m_checkedMapping ||
        config.customFields != m_checkedMappingCatalogue) {
        m_mappingDiagnostics =
            ConfigValidator::validateMapping(config.extraValuesMapping, config.customFields);
        m_checkedMapping = config.extraValuesMapping;
        m_checkedMappingCatalogue = config.customFields;
        m_mappingRowsByKey.clear();
        for (qsizetype row = 0; row < m_checkedMapping.size(); ++row)
            m_mappingRowsByKey[m_checkedMapping[row].key].append(row);
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
