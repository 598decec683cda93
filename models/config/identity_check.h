#pragma once

#include "api/identity_records.h"
#include "config/community_config.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace engage {

// docs/api.md identity: the end-to-end check of a mapping in production. For each mapping row,
// what the row should have written into the identity group (the identity's extra value, or its
// UUID for the key "uuid") against what the group holds in that field.
struct IdentityFieldCheck
{
    enum class Verdict {
        Written,      // the group holds the value
        NotSent,      // the identity has no such extra value: there was nothing to write
        RegexRefused, // the value fails the custom field's regex: Engage does not store it
        Missing,      // the group holds nothing in that field (or there is no group)
        Different,    // the group holds something else there
    };

    QString key;                     // the mapping row's key
    QString field;                   // the row's field, as written in the file
    QString fieldLabel;              // translated, as the editor shows it
    std::optional<QString> expected; // what the row should have written
    QStringList held;                // what the group holds in the field
    Verdict verdict = Verdict::NotSent;

    bool isProblem() const
    {
        return verdict == Verdict::RegexRefused || verdict == Verdict::Missing ||
               verdict == Verdict::Different;
    }
};

class IdentityCheck
{
    Q_DECLARE_TR_FUNCTIONS(engage::IdentityCheck)

public:
    // One check per mapping row, in the mapping's order. `group` std::nullopt: the identity
    // has no group yet.
    static QList<IdentityFieldCheck> of(const CommunityConfig& config,
                                        const IdentityRecord& identity,
                                        const std::optional<IdentityGroupRecord>& group);

    // A sentence for people about one check; values escaped for display.
    static QString describe(const IdentityFieldCheck& check);
    // "written", "not_sent", "regex_refused", "missing", "different": for --json.
    static QString code(IdentityFieldCheck::Verdict verdict);
};

} // namespace engage
