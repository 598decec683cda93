#pragma once

#include "config/community_config.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace engage {

// The canonical form of docs/file-format.md: members in the order of the specification, two-space
// indentation, a final newline, so that files diff well in version control. The same
// configuration always gives the same bytes. The members this version does not know follow the
// known members of their object, in the order read, their values written in the same indented
// form.
//
// A member that holds a private key is never written: a known member whose text holds one (an
// RS256 "public key", or any other), and an unknown member with one in its name or anywhere in
// its value, are left out (see privateKeyPaths).
QByteArray canonicalJson(const CommunityConfig& config);

// The admin API's messaging_settings body (docs/api.md), written by the same code as the file:
// signed_identities, extra_values_mapping and jwt_keys, then updated_at when given. The
// community, the custom fields catalogue and the unknown members of the file are not part of it.
QByteArray messagingSettingsJson(const CommunityConfig& config,
                                 const std::optional<QString>& updatedAt = std::nullopt);

} // namespace engage
