#pragma once

#include "config/community_config.h"

#include <QList>

namespace engage {

// The three editable lists of a configuration. Item models and undo commands name the list
// they work on, so that one set of row operations serves all three.
enum class ConfigList { CustomFields, ExtraValuesMapping, JwtKeys };

// Maps a row type to its list in a CommunityConfig.
template <typename Row>
struct ConfigListOf;

template <>
struct ConfigListOf<CustomField>
{
    static constexpr ConfigList list = ConfigList::CustomFields;
    static QList<CustomField>& in(CommunityConfig& config) { return config.customFields; }
};

template <>
struct ConfigListOf<MappingRow>
{
    static constexpr ConfigList list = ConfigList::ExtraValuesMapping;
    static QList<MappingRow>& in(CommunityConfig& config) { return config.extraValuesMapping; }
};

template <>
struct ConfigListOf<JwtKey>
{
    static constexpr ConfigList list = ConfigList::JwtKeys;
    static QList<JwtKey>& in(CommunityConfig& config) { return config.jwtKeys; }
};

// The JSON Pointer of a list in the file, e.g. "/extra_values_mapping".
QString jsonPointerOf(ConfigList list);

} // namespace engage
