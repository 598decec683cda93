#pragma once

#include "api/messaging_settings.h"
#include "api/sync_record.h"
#include "sync/settings_merge.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace engage {

// The push rules of docs/api.md, once, for engagectl diff and push and for the application: which
// sync record a push may rely on, the three-way merge of the base, the remote settings
// ("theirs") and the file ("yours"), what the push sends and what comes into the file, and
// what is written beside the file afterwards. The faces only present what it decides.
class SyncPlan
{
    Q_DECLARE_TR_FUNCTIONS(engage::SyncPlan)

public:
    // Before any request: whether the file's sync record is a base for this push.
    struct BaseCheck
    {
        SyncRecord::Fitness fitness = SyncRecord::Fitness::Missing;
        // The base the merge relies on: std::nullopt when it does not fit.
        std::optional<SyncRecord> base;
        // Translated, naming the configuration, the community and the server of both sides;
        // empty when the record fits. diff, push and the application say the same words.
        QString problem;

        bool fits() const { return fitness == SyncRecord::Fitness::Fits; }
    };
    // `subject` names the configuration in the sentence, already fit for display ("config.json",
    // "This configuration"); `fileCommunity` is its community.id.
    static BaseCheck checkBase(const std::optional<SyncRecord>& record, const QString& subject,
                               const QString& fileCommunity, const QUrl& server,
                               const QString& community);

    // After the remote settings were read.
    struct Plan
    {
        enum class Outcome {
            UpToDate, // the server already holds the merged settings
            Push,     // send `merged`, conditional on `etag`
            Conflict, // a conflict has no choice: nothing may be sent
            // The merge breaks a rule the two sides each kept (a row of theirs naming a
            // custom field the file's catalogue lacks, a mode theirs set needing a key yours
            // removed): nothing may be sent. See mergedErrors.
            Invalid,
        };
        Outcome outcome = Outcome::UpToDate;
        // The file with the merged settings: what is pushed, and the file after the push.
        CommunityConfig merged;
        // From the remote settings to `merged`, and from the file to `merged` (the remote's
        // changes merged in); neither lists a conflict that has no choice.
        SettingsChanges toServer;
        SettingsChanges fromServer;
        QList<SettingsConflict> conflicts; // chosen or not
        Diagnostics mergedErrors;          // the merge's own errors (Invalid)
        bool remoteChanged = false;        // since the base
        QString etag;                      // the remote's: the If-Match of the push
    };
    // `base` is BaseCheck::base: without one (a push the person forced), the remote settings
    // are the base, so the file replaces them. A record without settings (the older format)
    // is a base only while the remote ETag is still its own.
    static Plan plan(const std::optional<SyncRecord>& base, const RemoteSettings& remote,
                     const CommunityConfig& file,
                     const QHash<QString, ConflictChoice>& choices = {});
    // Every conflict of `plan` settled for the file: what push --force does.
    static QHash<QString, ConflictChoice> yoursEverywhere(const Plan& plan);

    // After a successful push (or one with nothing to send): the file holds `merged` and its
    // record the settings now stored, both or neither. The file is rewritten only when the
    // merge changed it (what it holds stays byte for byte otherwise). Returns a translated
    // error, or std::nullopt.
    static std::optional<QString> recordPush(const QString& path, const CommunityConfig& fileAsRead,
                                             const CommunityConfig& merged,
                                             const SyncRecord& record);
    // An editor's Save: the file, with its record beside it when it has one (both or
    // neither), so that its next push knows what it was based on.
    static std::optional<QString> save(const QString& path, const CommunityConfig& config,
                                       const std::optional<SyncRecord>& record);
    // An editor's base changed (a push, a reload): the record is written alone when the file
    // holds what the editor holds (`fileHoldsEditor`), and otherwise waits for the next Save,
    // which writes both: a record never describes a file it was not written with.
    static std::optional<QString> baseChanged(const QString& path, bool fileHoldsEditor,
                                              const SyncRecord& record);
    // After a pull: the file and its record, both or neither.
    static std::optional<QString> recordPull(const QString& path, const CommunityConfig& config,
                                             const SyncRecord& record);
};

} // namespace engage
