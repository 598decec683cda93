#pragma once

#include "config/community_config.h"

#include <QByteArray>

namespace engage {

// The canonical form of SPEC §2: members in the order of the specification, two-space
// indentation, a final newline, so that files diff well in version control. The same
// configuration always gives the same bytes.
//
// An RS256 "public key" that holds a private key is never written: the member is left out.
QByteArray canonicalJson(const CommunityConfig& config);

// True when the text holds a PEM private key block of any kind.
bool containsPrivateKeyPem(const QString& text);

} // namespace engage
