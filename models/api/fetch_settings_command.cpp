#include "api/fetch_settings_command.h"

#include "api/fetch_community_command.h"

namespace engage {

FetchSettingsCommand::FetchSettingsCommand(ApiClient& client, const QString& communityId,
                                           QObject* parent)
    : ApiCommand(client, parent), m_communityId(communityId)
{
}

void FetchSettingsCommand::run()
{
    ApiRequest* request = send(ApiRequest::Method::Get, messagingSettingsPath(m_communityId));
    connect(request, &ApiRequest::finished, this, [this, request] { settingsArrived(request); });
}

void FetchSettingsCommand::settingsArrived(ApiRequest* request)
{
    if (request->error()) {
        if (request->error()->kind == ApiErrorKind::NotFound)
            findWhyNotFound();
        else
            fail(*request->error());
        return;
    }
    if (request->response().etag.isEmpty()) {
        fail(ApiErrors::badResponse(
            tr("the messaging settings came without an ETag, so a push could not be made "
               "conditional on them")));
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

void FetchSettingsCommand::findWhyNotFound()
{
    auto* community = new FetchCommunityCommand(client(), m_communityId, this);
    connect(community, &ApiCommand::finished, this, [this, community] {
        fail(community->error() ? *community->error() : ApiErrors::extensionMissing());
    });
    startPart(*community);
}

} // namespace engage
