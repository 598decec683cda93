#pragma once

// Internal to models/jwt: how JwtVerifier prepares a configuration once, before any token.

#include "config/community_config.h"
#include "jwt/jwt_prepared_state.h"

#include <memory>

namespace engage {

// The configuration's mode, keys (checked by the configuration rules, each RSA key read once),
// mapping and hint engine, with the OpenSSL methods every thread uses.
std::unique_ptr<const JwtVerifierState> prepareVerifierState(const CommunityConfig& config);

} // namespace engage
