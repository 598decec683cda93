#pragma once

#include "config/community_config.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace engage {

// One value to type or choose in the admin console, with the console's name for it.
struct ChecklistValue
{
    QString label; // translated: "Key ID", "Secret for HMAC", "Custom regex"
    QString value; // exactly what to enter; a secret's fingerprint unless secrets are shown
    bool isSecretFingerprint = false;

    bool operator==(const ChecklistValue& other) const
    {
        return label == other.label && value == other.value &&
               isSecretFingerprint == other.isSecretFingerprint;
    }
};

struct ChecklistStep
{
    QString instruction; // translated: where to go and what to do, a full sentence
    QList<ChecklistValue> values;
};

// docs/engagectl.md checklist: for a server without the settings extension (docs/api.md, every real
// Engage domain), the steps to enter a configuration in the Engage admin console, value by
// value, in the console's own words (Admin > Messaging communities > the community: "Extra
// values mapping", "Signed identities", "JWT keys"; Admin > Custom fields: "Custom regex").
// HS256 secrets appear as their "sha256:" fingerprint unless showSecrets, so that the list can
// be pasted into a ticket; the console never shows a secret back either.
class ConsoleChecklist
{
    Q_DECLARE_TR_FUNCTIONS(engage::ConsoleChecklist)

public:
    static QList<ChecklistStep> stepsFor(const CommunityConfig& config, bool showSecrets);
};

} // namespace engage
