#pragma once

#include "config/community_config.h"
#include "config/diagnostic.h"
#include "io/bounded_input.h"

#include <QList>

#include <optional>

namespace engage {

// What a pull keeps from the configuration file it replaces. The server holds no unknown
// member (docs/file-format.md: nothing read is lost) and no custom field regex (docs/api.md: a
// regex exists only in the admin console), so both come from the file; everything else is the
// server's.

// The file a pull is about to replace, as read.
struct PullTarget
{
    // What the file holds, to be kept; set when the pull may replace it. A file of no bytes
    // holds nothing to lose and reads as an empty configuration.
    std::optional<CommunityConfig> config;
    // Otherwise why not, never empty then: what the reader could not take in (not JSON, not a
    // configuration of this format and version, values of a wrong JSON type) could not be
    // written back, so replacing the file would lose it without a word.
    Diagnostics problems;
};

// `input` as ConfigFile::readBytes() gave it, without a read error (the caller reports that).
PullTarget readPullTarget(const BoundedInput& input);

struct PulledConfiguration
{
    CommunityConfig config; // what the pull writes
    // The file's custom fields the server's catalogue no longer has: the server is the
    // catalogue's authority, so they are left out, and the caller says which.
    QList<CustomField> droppedCustomFields;
    // The file's custom fields the server did not list although its list was not read whole
    // (a malformed record was skipped, which may be one of them): kept, regex and all.
    QList<CustomField> keptCustomFields;
};

// `pulled` (the server's) with what `existing` (the file it replaces) holds and the server
// cannot: the unknown members (withUnknownMembersCarried), and for each custom field whose key
// the file has, the file's regex, or no regex when the file's field has none. A field the file
// does not have keeps what the server sent. `catalogueWhole` is false when the server's list
// of custom fields skipped a malformed record: the file's fields it did not list are then
// kept, since the skipped record may be one of them and a regex lives nowhere else.
PulledConfiguration pulledOver(CommunityConfig pulled, const CommunityConfig& existing,
                               bool catalogueWhole = true);

} // namespace engage
