#pragma once

#include "api/api_command.h"
#include "api/messaging_settings.h"
#include "config/community_config.h"

#include <QString>

namespace engage {

class FetchSettingsCommand;

// PUT /communities/{id}/messaging_settings with If-Match: the settings members of `local`
// replace the remote ones only if they are still those of `baseEtag`.
//
// A 412 is a Conflict, and remote() then holds the current remote settings (fetched at once)
// so that the differences can be shown. One exception: when the current remote settings are
// exactly those pushed, an earlier attempt whose answer was lost did succeed, and so does the
// command.
class PushSettingsCommand final : public ApiCommand
{
    Q_OBJECT

public:
    PushSettingsCommand(ApiClient& client, const QString& communityId, const CommunityConfig& local,
                        const QString& baseEtag, QObject* parent = nullptr);
    // After success: the settings as stored, with their new ETag. After a Conflict: the
    // current remote settings.
    const RemoteSettings& remote() const { return m_remote; }

private:
    void run() override;
    void putFinished(ApiRequest* request);
    void currentArrived(FetchSettingsCommand* fetch);

    QString m_communityId;
    CommunityConfig m_local;
    QString m_baseEtag;
    RemoteSettings m_remote;
};

} // namespace engage
