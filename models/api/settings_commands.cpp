#include "api/settings_commands.h"

#include "config/config_diff.h"
#include "config/config_writer.h"

namespace engage {

namespace {

const QString settingsPath = QStringLiteral("/messaging_settings");

} // namespace

FetchSettingsCommand::FetchSettingsCommand(ApiClient& client, const QString& communityId,
                                           QObject* parent)
    : ApiCommand(client, parent), m_communityId(communityId)
{
}

void FetchSettingsCommand::run()
{
    ApiRequest* request = send(ApiRequest::Method::Get, communityPath(m_communityId, settingsPath));
    connect(request, &ApiRequest::finished, this, [this, request] {
        if (request->error()) {
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
    });
}

PushSettingsCommand::PushSettingsCommand(ApiClient& client, const QString& communityId,
                                         const CommunityConfig& local, const QString& baseEtag,
                                         QObject* parent)
    : ApiCommand(client, parent), m_communityId(communityId), m_local(local), m_baseEtag(baseEtag)
{
}

void PushSettingsCommand::run()
{
    ApiRequest* request = sendPut(communityPath(m_communityId, settingsPath),
                                  messagingSettingsJson(m_local), m_baseEtag);
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
    fail(ApiErrors::fromHttpStatus(412, QString()));
}

} // namespace engage
