#pragma once

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

    static SyncBaseLoadResult load(const QString& configPath);
    // Atomically (QSaveFile). Returns a translated error, or std::nullopt on success.
    std::optional<QString> save(const QString& configPath) const;
};

struct SyncBaseLoadResult
{
    std::optional<SyncBase> base; // std::nullopt when there is no sidecar file
    std::optional<QString> error; // translated: a sidecar that cannot be read
};

} // namespace engage
