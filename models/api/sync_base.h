#pragma once

#include "config/community_config.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace engage {

struct SyncBaseLoadResult;

// What a configuration file was pulled from (or last pushed to): the server, the community
// and the ETag of the remote settings at that moment. A push sends that ETag in If-Match, so
// that settings changed remotely since then are a conflict instead of being overwritten.
//
// It is kept beside the file, in FILE.sync (a small JSON object with no secret and no token),
// rather than inside it: the configuration format stays as SPEC §2 defines it, and a file
// copied elsewhere or committed to version control carries no stale server state.
struct SyncBase
{
    Q_DECLARE_TR_FUNCTIONS(engage::SyncBase)

public:
    QString server; // the base URL, as ServerUrl::check normalises it
    QString communityId;
    QString etag;

    // True when this base is about that community on that server.
    bool isFor(const QUrl& serverUrl, const QString& community) const;

    static QString pathFor(const QString& configPath);

    // Whether a push of a file with this record (std::nullopt: none) to that community on
    // that server may rely on it (SPEC §6). When it may not, the push would replace the
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
    static Fitness fitness(const std::optional<SyncBase>& base, const QString& fileCommunity,
                           const QUrl& serverUrl, const QString& community);

    static SyncBaseLoadResult load(const QString& configPath);
    // Atomically (QSaveFile), the record alone: for a file that holds what it describes.
    // Returns a translated error, or std::nullopt on success.
    std::optional<QString> save(const QString& configPath) const;
    // The configuration file and this record beside it, both or neither (SPEC §6), as pull
    // and the application's Save of a pulled configuration write them.
    std::optional<QString> saveWith(const QString& configPath, const CommunityConfig& config) const;

private:
    FileContent fileContent(const QString& configPath) const;
};

struct SyncBaseLoadResult
{
    std::optional<SyncBase> base; // std::nullopt when there is no sidecar file
    std::optional<QString> error; // translated: a sidecar that cannot be read
};

} // namespace engage
