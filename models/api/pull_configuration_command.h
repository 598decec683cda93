#pragma once

#include "api/api_command.h"
#include "api/paged_list_command.h"
#include "config/community_config.h"

#include <QString>

namespace engage {

class FetchSettingsCommand;
class ListCommunitiesCommand;
class ListCustomFieldsCommand;

// Everything a configuration file holds about one community (SPEC §6 pull): its name from the
// communities list, its messaging settings, and the Identity Group custom fields as the
// catalogue. The three are fetched at the same time. progress() counts the parts done.
class PullConfigurationCommand final : public ApiCommand
{
    Q_OBJECT

public:
    PullConfigurationCommand(ApiClient& client, const QString& communityId,
                             QObject* parent = nullptr);

    // After success: a complete configuration, its community's server being the client's URL.
    const CommunityConfig& configuration() const { return m_configuration; }
    // After success: the ETag of the settings, to make a later push conditional on them.
    const QString& etag() const { return m_etag; }
    // After success: the custom fields of the catalogue that could not be read and are missing
    // from it (see PagedListCommand::describe).
    const QList<SkippedRecord>& skippedCustomFields() const;

private:
    void run() override;
    void partFinished(ApiCommand* part);

    static constexpr int partCount = 3;
    QString m_communityId;
    ListCommunitiesCommand* m_communities = nullptr;
    ListCustomFieldsCommand* m_customFields = nullptr;
    FetchSettingsCommand* m_settings = nullptr;
    int m_partsDone = 0;
    CommunityConfig m_configuration;
    QString m_etag;
};

} // namespace engage
