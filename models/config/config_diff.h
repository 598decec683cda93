#pragma once

#include "config/community_config.h"

#include <QList>
#include <QString>

namespace engage {

// One difference between two configurations, at the level of a single member.
struct ConfigChange
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    // JSON Pointer into the "after" configuration; into the "before" one for a removal.
    QString path;
    // The values as shown to people: JSON text, with every HS256 secret and every public key
    // replaced by its SHA-256 fingerprint ("sha256:..."), so that a diff never shows a secret.
    // Empty on the side where the value does not exist.
    QString before;
    QString after;

    bool operator==(const ConfigChange& other) const;
};

using ConfigChanges = QList<ConfigChange>;

// The field-by-field difference of two configurations: what a push would change, what an
// editor has modified. Mapping rows and custom fields are matched by key and JWT keys by ID (a
// rotation adds and removes keys); a new order of the mapping rows both sides have is one
// change at "/extra_values_mapping", its sides the JSON arrays of their keys.
class ConfigDiff
{
public:
    enum class Scope {
        WholeConfiguration,
        // signed_identities, extra_values_mapping and jwt_keys: what the admin API stores.
        MessagingSettings,
    };

    static ConfigChanges between(const CommunityConfig& before, const CommunityConfig& after,
                                 Scope scope = Scope::WholeConfiguration);

    // "sha256:" and the lowercase hex SHA-256 of a secret's UTF-8 bytes; for a public key, the
    // fingerprint of its DER SubjectPublicKeyInfo (what check-key prints) when it parses.
    static QString secretFingerprint(const QString& secret);
    static QString publicKeyFingerprint(const QString& pem);
};

} // namespace engage
