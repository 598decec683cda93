#pragma once

#include "config/community_config.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace engage {

struct SyncRecordLoadResult;

// What a configuration file was pulled from (or last pushed to): the server, the community,
// the ETag of the remote settings at that moment, and those settings themselves, the merge
// base of the next push (SyncPlan): what changed remotely since is told apart from what
// changed in the file, and the two are merged when they touch different things.
//
// It is kept beside the file, in FILE.sync (a JSON object with no token and no secret: the
// base keeps every HS256 secret and every public key as its SHA-256 fingerprint, which is all
// a merge compares; public keys too, so that the record stays small whatever the key sizes),
// rather than inside it: the configuration format stays as docs/file-format.md defines it, and a
// file copied elsewhere or committed to version control carries no stale server state.
//
// A record written before records kept the base has the ETag only: it loads with `settings`
// empty, and a push then treats every entity the server and the file disagree on as a
// conflict when the remote changed (as pushes always did before).
struct SyncRecord
{
    Q_DECLARE_TR_FUNCTIONS(engage::SyncRecord)

public:
    QString server; // the base URL, as ServerUrl::check normalises it
    QString communityId;
    QString etag;
    // The settings as pulled or pushed, in fingerprinted form (fingerprintedSettings);
    // std::nullopt for a record in the older format.
    std::optional<CommunityConfig> settings = {};

    // The record of settings just pulled or pushed: `settings` fingerprinted here.
    static SyncRecord of(const QString& server, const QString& community, const QString& etag,
                         const CommunityConfig& settings);

    bool operator==(const SyncRecord& other) const;
    bool operator!=(const SyncRecord& other) const { return !(*this == other); }

    // True when this base is about that community on that server (both URLs compared in
    // ServerUrl's normal form).
    bool isFor(const QUrl& serverUrl, const QString& community) const;

    static QString pathFor(const QString& configPath);

    // Whether a push of a file with this record (std::nullopt: none) to that community on
    // that server may rely on it (docs/api.md). When it may not, the push would replace the
    // remote settings unchecked: it is refused unless the person says so explicitly.
    // `fileCommunity` is the file's own community.id (empty when it has none): a file about
    // another community does not fit, whatever its record says, since a record can be copied
    // from another file. A record for another community is named first, as it always was.
    enum class Fitness {
        Fits,
        Missing,
        OtherCommunity, // the record is for another community or another server
        FileForOtherCommunity,
    };
    static Fitness fitness(const std::optional<SyncRecord>& base, const QString& fileCommunity,
                           const QUrl& serverUrl, const QString& community);

    static SyncRecordLoadResult load(const QString& configPath);
    // Atomically (QSaveFile), the record alone: for a file that holds what it describes.
    // Returns a translated error, or std::nullopt on success.
    std::optional<QString> save(const QString& configPath) const;
    // The configuration file and this record beside it, both or neither (docs/api.md), as pull
    // and the application's Save of a pulled configuration write them.
    std::optional<QString> saveWith(const QString& configPath, const CommunityConfig& config) const;

private:
    FileContent fileContent(const QString& configPath) const;
};

struct SyncRecordLoadResult
{
    std::optional<SyncRecord> base; // std::nullopt when there is no sidecar file
    std::optional<QString> error;   // translated: a sidecar that cannot be read
};

} // namespace engage
