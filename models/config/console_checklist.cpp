#include "config/console_checklist.h"

#include "config/config_diff.h"

namespace engage {

namespace {

// The console's label of each signed identities choice.
QString signedIdentitiesChoice(const QString& mode)
{
    if (mode == SignedIdentities::require)
        return ConsoleChecklist::tr("Require JWT signed identities");
    if (mode == SignedIdentities::accept)
        return ConsoleChecklist::tr("Accept JWT signed identities");
    return ConsoleChecklist::tr("Reject JWT signed identities");
}

} // namespace

QList<ChecklistStep> ConsoleChecklist::stepsFor(const CommunityConfig& config, bool showSecrets)
{
    QList<ChecklistStep> steps;
    steps.append({tr("In the Engage admin console, open Admin > Messaging communities and edit "
                     "the community."),
                  {{tr("Community name"), config.community.name},
                   {tr("Community ID"), config.community.id}}});

    for (const CustomField& field : config.customFields) {
        if (!field.regex)
            continue;
        steps.append({tr("Open Admin > Custom fields, edit the Identity Group custom field and "
                         "enter its custom regex (the API cannot set it)."),
                      {{tr("Key"), field.key},
                       {tr("Label"), field.label},
                       {tr("Custom regex"), *field.regex}}});
    }

    for (const MappingRow& row : config.extraValuesMapping) {
        steps.append({tr("In \"Extra values mapping\", add a mapping: type the key of the extra "
                         "value and select the destination field."),
                      {{tr("Key"), row.key},
                       {tr("Destination field"), destinationLabel(config, row.field)}}});
    }

    for (const JwtKey& key : config.jwtKeys) {
        QList<ChecklistValue> values{{tr("Key ID"), key.id}};
        if (key.algorithm == JwtAlgorithm::rs256) {
            values.append({tr("Public key for RSA"), key.publicKey.value_or(QString())});
        } else if (!key.secret) {
            values.append({tr("Secret for HMAC"), tr("(not in this file: use the secret the "
                                                     "website signs with)")});
        } else if (showSecrets) {
            values.append({tr("Secret for HMAC"), *key.secret});
        } else {
            values.append(
                {tr("Secret for HMAC"), ConfigDiff::secretFingerprint(*key.secret), true});
        }
        steps.append(
            {tr("In \"JWT keys\", add a key (%1).").arg(key.algorithm), std::move(values)});
    }

    ChecklistStep mode{
        tr("Under \"JWT Signature\", set \"Signed identities\", then save the "
           "community."),
        {{tr("Signed identities"), signedIdentitiesChoice(config.signedIdentities)}}};
    if (config.signedIdentities == SignedIdentities::accept)
        mode.instruction += QLatin1Char(' ') +
                            tr("Current platforms no longer offer Accept (deprecated and unsafe): "
                               "choose Require once the website signs every identity.");
    steps.append(std::move(mode));
    return steps;
}

} // namespace engage
