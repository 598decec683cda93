#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"

namespace engage {

// Rotating a JWT key (docs/file-format.md): the new key is added beside the old one, which stays
// until the website signs with the new key and a token log report shows the old one unused.
class KeyRotation
{
public:
    // An unused key ID for the key that replaces oldId: a trailing number is counted on
    // ("rsa_2025" -> "rsa_2026", "prod_2" -> "prod_3"), otherwise "_2" is appended
    // ("prod" -> "prod_2"). An old ID that is no valid key ID gives unusedKeyId().
    static QString suggestedId(const CommunityConfig& config, const QString& oldId);

    // The diagnostics newKey would have once appended to the configuration's keys (its ID's
    // form and uniqueness, its secret or public key, a secret or public key already used by
    // another key), with paths relative to the key ("/id", "/secret", "/public_key"). The
    // rules are the validator's, so the dialog that adds the key says what the editor would.
    static Diagnostics newKeyDiagnostics(const CommunityConfig& config, const JwtKey& newKey);
};

} // namespace engage
