#include "config/catalogue_refresh.h"

#include "api/messaging_settings.h"
#include "config/pull_target.h"

#include <algorithm>

namespace engage {

CatalogueRefresh CatalogueRefresh::of(const CommunityConfig& config,
                                      const QList<CustomFieldRecord>& records, bool listWhole)
{
    CommunityConfig fromServer = config;
    fromServer.customFields = MessagingSettings::catalogueOf(records);
    // The pull's rule for what the server cannot hold: regexes and unknown members.
    PulledConfiguration pulled = pulledOver(std::move(fromServer), config, listWhole);

    CatalogueRefresh refresh;
    refresh.removed = pulled.droppedCustomFields;
    refresh.kept = pulled.keptCustomFields;
    for (const CustomField& field : pulled.config.customFields) {
        const auto local =
            std::find_if(config.customFields.cbegin(), config.customFields.cend(),
                         [&field](const CustomField& known) { return known.key == field.key; });
        if (local == config.customFields.cend()) {
            refresh.added.append(field);
            continue;
        }
        if (local->label != field.label)
            refresh.relabelled.append({field.key, local->label, field.label});
        if (local->type != field.type)
            refresh.retyped.append({field.key, local->type, field.type});
    }
    for (const MappingRow& row : config.extraValuesMapping) {
        const std::optional<QString> key = customFieldKeyOf(row.field);
        if (!key || refresh.mappedButMissing.contains(*key))
            continue;
        const bool onServer =
            std::any_of(pulled.config.customFields.cbegin(), pulled.config.customFields.cend(),
                        [&key](const CustomField& field) { return field.key == *key; });
        if (!onServer)
            refresh.mappedButMissing.append(*key);
    }
    refresh.config = std::move(pulled.config);
    return refresh;
}

} // namespace engage
