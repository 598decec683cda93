#include "api/pull_configuration_command.h"

#include "api/api_client.h"
#include "api/fetch_community_command.h"
#include "api/fetch_settings_command.h"
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
    m_community = new FetchCommunityCommand(client(), m_communityId, this);
    m_customFields = new ListCustomFieldsCommand(client(), this);
    m_settings = new FetchSettingsCommand(client(), m_communityId, this);
    for (ApiCommand* part :
         std::initializer_list<ApiCommand*>{m_settings, m_community, m_customFields}) {
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
    if (const std::optional<ApiError>& error = part->error()) {
        const bool mayGoWithout =
            (part == m_settings && error->kind == ApiErrorKind::ExtensionMissing) ||
            (part == m_customFields && error->kind == ApiErrorKind::Forbidden);
        if (!mayGoWithout) {
            fail(*error);
            return;
        }
        // The settings' error first, whichever part answered first.
        if (part == m_settings)
            m_unread.prepend(*error);
        else
            m_unread.append(*error);
    }
    emit progress(++m_partsDone, partCount);
    if (m_partsDone == partCount)
        allPartsDone();
}

void PullConfigurationCommand::allPartsDone()
{
    m_communityRead = true;
    m_settingsRead = !m_settings->error();
    m_catalogueRead = !m_customFields->error();
    CommunityConfig configuration;
    if (m_settingsRead) {
        configuration = MessagingSettings::applied(configuration, m_settings->remote().settings);
        m_etag = m_settings->remote().etag;
    }
    configuration.community.id = m_communityId;
    configuration.community.name = m_community->community().name;
    configuration.community.server = client().serverUrl().toString();
    if (m_catalogueRead)
        configuration.customFields = MessagingSettings::catalogueOf(m_customFields->customFields());
    m_configuration = std::move(configuration);
    if (m_unread.isEmpty())
        succeed();
    else
        fail(m_unread.constFirst());
}

CommunityConfig PullConfigurationCommand::configurationOver(const CommunityConfig& existing) const
{
    CommunityConfig configuration = m_configuration;
    if (!m_settingsRead)
        configuration = MessagingSettings::applied(configuration, existing);
    if (!m_catalogueRead)
        configuration.customFields = existing.customFields;
    return configuration;
}

} // namespace engage
