#pragma once

#include "api/api_command.h"
#include "api/paged_list_command.h"
#include "config/community_config.h"

#include <QList>
#include <QString>

namespace engage {

class FetchCommunityCommand;
class FetchSettingsCommand;
class ListCustomFieldsCommand;

// Everything a configuration file holds about one community (docs/api.md pull): the community
// (GET /communities/{id}), its messaging settings (the extension of docs/api.md), and the Identity
// Group custom fields as the catalogue (the public API). The three are fetched at the same time.
// progress() counts the parts.
//
// Two parts may be missing while the rest is read (a partial pull): the settings, on a server
// without the settings extension (ApiErrorKind::ExtensionMissing, every real Engage domain),
// and the catalogue, when the token may not read custom fields (ApiErrorKind::Forbidden). The
// command then fails with the first of those errors, and still holds what it read.
class PullConfigurationCommand final : public ApiCommand
{
    Q_OBJECT

public:
    PullConfigurationCommand(ApiClient& client, const QString& communityId,
                             QObject* parent = nullptr);

    // After success: a complete configuration, its community's server being the client's URL.
    // After a partial pull: the community and the parts that were read.
    const CommunityConfig& configuration() const { return m_configuration; }
    // After success: the ETag of the settings, to make a later push conditional on them.
    const QString& etag() const { return m_etag; }
    // After success: the custom fields of the catalogue that could not be read and are missing
    // from it (see PagedListCommand::describe).
    const QList<SkippedRecord>& skippedCustomFields() const;

    // After finished(): true when the community was read but not every part.
    bool isPartial() const { return isFinished() && !m_unread.isEmpty() && m_communityRead; }
    bool settingsRead() const { return m_settingsRead; }
    bool catalogueRead() const { return m_catalogueRead; }
    // The errors of the parts not read (settings first), each saying why.
    const QList<ApiError>& unreadParts() const { return m_unread; }

    // What a partial pull writes over `existing` (the file it replaces): the configuration
    // read, with the existing file's settings when they were not read, and its catalogue when
    // that was not read. After success, configuration() itself.
    CommunityConfig configurationOver(const CommunityConfig& existing) const;

private:
    void run() override;
    void partFinished(ApiCommand* part);
    void allPartsDone();

    static constexpr int partCount = 3;
    QString m_communityId;
    FetchCommunityCommand* m_community = nullptr;
    ListCustomFieldsCommand* m_customFields = nullptr;
    FetchSettingsCommand* m_settings = nullptr;
    int m_partsDone = 0;
    bool m_communityRead = false;
    bool m_settingsRead = false;
    bool m_catalogueRead = false;
    QList<ApiError> m_unread;
    CommunityConfig m_configuration;
    QString m_etag;
};

} // namespace engage
