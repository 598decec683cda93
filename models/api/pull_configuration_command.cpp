#include "api/pull_configuration_command.h"

#include "api/api_client.h"
#include "api/fetch_settings_command.h"
#include "api/list_communities_command.h"
#include "api/list_custom_fields_command.h"
#include "api/messaging_settings.h"

namespace engage {

PullConfigurationCommand::PullConfigurationCommand(ApiClient& client, const QString& communityId,
                                                   QObject* parent)
    : ApiCommand(client, parent), m_communityId(communityId)
{
}

void PullConfigurationCommand::run()
{
    m_communities = new ListCommunitiesCommand(client(), this);
    m_customFields = new ListCustomFieldsCommand(client(), this);
    m_settings = new FetchSettingsCommand(client(), m_communityId, this);
    for (ApiCommand* part :
         std::initializer_list<ApiCommand*>{m_settings, m_communities, m_customFields}) {
        connect(part, &ApiCommand::finished, this, [this, part] { partFinished(part); });
        startPart(*part);
    }
}

const QList<SkippedRecord>& PullConfigurationCommand::skippedCustomFields() const
{
    return m_customFields->skippedRecords();
}

void PullConfigurationCommand::partFinished(ApiCommand* part)
{
    if (part->error()) {
        fail(*part->error());
        return;
    }
    emit progress(++m_partsDone, partCount);
    if (m_partsDone < partCount)
        return;

    CommunityConfig configuration =
        MessagingSettings::applied(CommunityConfig(), m_settings->remote().settings);
    configuration.community.id = m_communityId;
    configuration.community.server = client().serverUrl().toString();
    for (const CommunityRecord& community : m_communities->communities()) {
        if (community.id == m_communityId) {
            configuration.community.name = community.name;
            break;
        }
    }
    configuration.customFields = MessagingSettings::catalogueOf(m_customFields->customFields());
    m_configuration = std::move(configuration);
    m_etag = m_settings->remote().etag;
    succeed();
}

} // namespace engage
