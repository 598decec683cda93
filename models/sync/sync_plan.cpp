#include "sync/sync_plan.h"

#include "config/config_file.h"
#include "config/config_validator.h"
#include "text/untrusted_text.h"

#include <algorithm>

namespace engage {

SyncPlan::BaseCheck SyncPlan::checkBase(const std::optional<SyncRecord>& record,
                                        const QString& subject, const QString& fileCommunity,
                                        const QUrl& server, const QString& community)
{
    const QString communityShown = UntrustedText::forDisplay(community);
    const QString serverShown = UntrustedText::forDisplay(server.toString());
    BaseCheck check;
    check.fitness = SyncRecord::fitness(record, fileCommunity, server, community);
    switch (check.fitness) {
    case SyncRecord::Fitness::Fits:
        check.base = record;
        break;
    case SyncRecord::Fitness::Missing:
        check.problem = tr("%1 has no sync record for the community %2 on %3 (it was not pulled "
                           "from there, or was copied without its .sync file), so changes made "
                           "there since cannot be told apart from the file's.")
                            .arg(subject, communityShown, serverShown);
        break;
    case SyncRecord::Fitness::OtherCommunity:
        check.problem =
            tr("%1 was pulled from the community %2 on %3, not from the community %4 "
               "on %5, so changes made to %4 since cannot be told apart from the "
               "file's.")
                .arg(subject, UntrustedText::forDisplay(record->communityId),
                     UntrustedText::forDisplay(record->server), communityShown, serverShown);
        break;
    case SyncRecord::Fitness::FileForOtherCommunity:
        check.problem = tr("%1 is the configuration of the community %2, not of the community "
                           "%3.")
                            .arg(subject, UntrustedText::forDisplay(fileCommunity), communityShown);
        break;
    }
    return check;
}

SyncPlan::Plan SyncPlan::plan(const std::optional<SyncRecord>& base, const RemoteSettings& remote,
                              const CommunityConfig& file,
                              const QHash<QString, ConflictChoice>& choices)
{
    Plan plan;
    plan.etag = remote.etag;
    plan.remoteChanged = base && base->etag != remote.etag;
    // The remote settings are the base when nothing says otherwise: forced without a record,
    // or unchanged since the record (its ETag is the remote's).
    std::optional<CommunityConfig> mergeBase = fingerprintedSettings(remote.settings);
    if (plan.remoteChanged)
        mergeBase = base->settings;
    const SettingsMergeResult merge =
        SettingsMerge::merge(mergeBase, remote.settings, file, choices);
    plan.merged = merge.merged;
    plan.conflicts = merge.conflicts;
    plan.toServer = SettingsChangeText::between(remote.settings, merge.merged, file.customFields);
    plan.fromServer = SettingsChangeText::between(file, merge.merged, file.customFields);
    // A conflict nobody chose for is shown as a conflict only, not as a change either way.
    const auto undecided = [&merge, &choices](const SettingsChange& change) {
        return std::any_of(merge.conflicts.cbegin(), merge.conflicts.cend(),
                           [&change, &choices](const SettingsConflict& conflict) {
                               return conflict.entity == change.entity &&
                                      !choices.contains(conflict.entity.key());
                           });
    };
    plan.toServer.removeIf(undecided);
    plan.fromServer.removeIf(undecided);
    if (merge.merged != file) {
        const Diagnostics merged = ConfigValidator::validate(merge.merged);
        const Diagnostics own = ConfigValidator::validate(file);
        for (const Diagnostic& diagnostic : merged) {
            if (diagnostic.severity() == Severity::Error && !own.contains(diagnostic))
                plan.mergedErrors.append(diagnostic);
        }
    }
    if (merge.unresolved > 0)
        plan.outcome = Plan::Outcome::Conflict;
    else if (!plan.mergedErrors.isEmpty())
        plan.outcome = Plan::Outcome::Invalid;
    else if (!plan.toServer.isEmpty())
        plan.outcome = Plan::Outcome::Push;
    return plan;
}

QHash<QString, ConflictChoice> SyncPlan::yoursEverywhere(const Plan& plan)
{
    QHash<QString, ConflictChoice> choices;
    for (const SettingsConflict& conflict : plan.conflicts)
        choices.insert(conflict.entity.key(), ConflictChoice::Yours);
    return choices;
}

std::optional<QString> SyncPlan::recordPush(const QString& path, const CommunityConfig& fileAsRead,
                                            const CommunityConfig& merged, const SyncRecord& record)
{
    if (merged == fileAsRead)
        return record.save(path);
    return record.saveWith(path, merged);
}

std::optional<QString> SyncPlan::save(const QString& path, const CommunityConfig& config,
                                      const std::optional<SyncRecord>& record)
{
    return record ? record->saveWith(path, config) : ConfigFile::save(path, config);
}

std::optional<QString> SyncPlan::baseChanged(const QString& path, bool fileHoldsEditor,
                                             const SyncRecord& record)
{
    if (path.isEmpty() || !fileHoldsEditor)
        return std::nullopt;
    return record.save(path);
}

std::optional<QString> SyncPlan::recordPull(const QString& path, const CommunityConfig& config,
                                            const SyncRecord& record)
{
    return record.saveWith(path, config);
}

} // namespace engage
