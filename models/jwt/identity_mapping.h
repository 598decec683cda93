#pragma once

// Internal to models/jwt: the extra values mapping applied to an accepted identity.

#include "json/json_tape.h"
#include "jwt/jwt_prepared_state.h"
#include "jwt/jwt_thread_state.h"
#include "jwt/jwt_verdict.h"

#include <vector>

namespace engage {

// Fills `fields` with the identity's mapped fields. The elements an earlier token left are
// written over, strings and all, so that a run of accepted tokens allocates nothing here. When
// two rows write the same field, the later row's value replaces the earlier one in place.
// `namedExtraValues` gets the extra values some row names, for the near-miss hint.
void mapFields(const std::vector<PreparedMappingRow>& mapping, const VerdictTexts& texts,
               const JsonTape& identity, const IdentityMembers& members, MappedFields& fields,
               std::vector<JsonTape::Index>& namedExtraValues);

} // namespace engage
