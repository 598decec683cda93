#pragma once

#include "config/community_config.h"

#include <QStringList>

namespace engage {

// Where a configuration holds private key material, by the one rule of crypto/pem_key.h
// (holdsPrivateKey). docs/validation.md rsa_private_key: "the program never writes it anywhere",
// whatever member it was pasted into. The writer leaves each such member out, the validator reports
// each, and export names each.

// True when the member's name, or a member name or string anywhere in its value, holds private
// key material.
bool holdsPrivateKey(const JsonValue::Member& member);

// The JSON Pointer of each member that holds private key material, in the writer's order: a
// known member whose text holds one (public_key and every other text), and an unknown member
// whose name or value holds one.
QStringList privateKeyPaths(const CommunityConfig& config);

// The JSON Pointer of a member in messages: that of its object when the member's name holds a
// private key, so that no path printed or shown quotes key material.
QString privateKeyMemberPath(const QString& objectPath, const QString& memberName);

} // namespace engage
