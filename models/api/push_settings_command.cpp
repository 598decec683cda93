#include "api/push_settings_command.h"

#include "api/fetch_settings_command.h"
#include "config/config_diff.h"
#include "config/config_writer.h"

namespace engage {

PushSettingsCommand::PushSettingsCommand(ApiClient& client, const QString& communityId,
                                         const CommunityConfig& local, const QString& baseEtag,
                                         QObject* parent)
    : ApiCommand(client, parent), m_communityId(communityId), m_local(local), m_baseEtag(baseEtag)
{
}

void PushSettingsCommand::run()
{
    ApiRequest* request =
        sendPut(messagingSettingsPath(m_communityId), messagingSettingsJson(m_local), m_baseEtag);
    connect(request, &ApiRequest::finished, this, [this, request] { putFinished(request); });
}

void PushSettingsCommand::putFinished(ApiRequest* request)
{
    if (request->error() && request->error()->kind == ApiErrorKind::Conflict) {
        auto* fetch = new FetchSettingsCommand(client(), m_communityId, this);
        connect(fetch, &ApiCommand::finished, this, [this, fetch] { currentArrived(fetch); });
        startPart(*fetch);
        return;
    }
    if (request->error()) {
        fail(*request->error());
        return;
    }
    MessagingSettings::ReadResult read =
        MessagingSettings::readAnswer(request->response().body, request->response().etag);
    if (read.error) {
        fail(*read.error);
        return;
    }
    m_remote = std::move(*read.remote);
    emit progress(1, 1);
    succeed();
}

void PushSettingsCommand::currentArrived(FetchSettingsCommand* fetch)
{
    if (fetch->error()) {
        fail(*fetch->error());
        return;
    }
    m_remote = fetch->remote();
    const bool alreadyStored =
        ConfigDiff::between(m_remote.settings, m_local, ConfigDiff::Scope::MessagingSettings)
            .isEmpty();
    if (alreadyStored && m_remote.etag != m_baseEtag) {
        emit progress(1, 1);
        succeed();
        return;
    }
    fail(ApiErrors::fromHttpStatus(412));
}

} // namespace engage
