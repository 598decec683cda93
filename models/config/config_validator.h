#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"
#include "crypto/pem_key_cache.h"

#include <QCoreApplication>

namespace engage {

// The rules of SPEC §3 about values: signed identities mode, custom fields, the extra values
// mapping and JWT keys. The one implementation behind engagectl, the application's live
// validation and the emulator's 422 answers. Runs in time linear in the number of entries.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(engage::ConfigValidator)

public:
    static Diagnostics validate(const CommunityConfig& config);
    // The same, with RS256 keys inspected through a cache that outlives the call: for
    // validation after every edit of a configuration with many keys.
    static Diagnostics validate(const CommunityConfig& config, PemKeyCache& keyCache);

    // One key on its own (engagectl check-key); paths are relative to the key, e.g. "/secret".
    // checkId is false when the caller has no ID to check.
    static Diagnostics validateKey(const JwtKey& key, bool checkId);
};

} // namespace engage
