#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"

#include <QStringList>

namespace engage {

// What is done with the members this version does not know (docs/file-format.md: nothing read is
// lost). They live in the value types (CommunityConfig::unknownMembers and each object's own);
// these functions list, drop and carry them over.

// The JSON Pointer of each unknown member, in the order the writer writes them (its object's
// for a member named with a private key: privateKeyMemberPath).
QStringList unknownMemberPaths(const CommunityConfig& config);

// An unknown_member warning for each, at its place in the value: what an editor shows after
// rows have moved, been removed or been saved, when the file's own warnings no longer apply.
Diagnostics unknownMemberWarnings(const CommunityConfig& config);

// The configuration without any unknown member: what export --drop-unknown writes.
CommunityConfig withoutUnknownMembers(CommunityConfig config);

// `incoming` (a pull, the remote settings) with the unknown members of `existing` carried over
// where their object still exists: the top level, the community, and the custom fields, mapping
// rows and JWT keys matched by key or ID (the n-th of one key with the n-th of the same key).
// An unknown member `incoming` already has stays as it is; the others follow it, in order.
CommunityConfig withUnknownMembersCarried(CommunityConfig incoming,
                                          const CommunityConfig& existing);

} // namespace engage
