#include "api/fetch_community_command.h"

namespace engage {

FetchCommunityCommand::FetchCommunityCommand(ApiClient& client, const QString& communityId,
                                             QObject* parent)
    : FetchRecordCommand(client, recordPath(u"communities", communityId), parent)
{
}

bool FetchCommunityCommand::readRecord(const JsonValue& record)
{
    std::optional<CommunityRecord> community = CommunityRecord::fromJson(record);
    if (!community)
        return false;
    m_community = std::move(*community);
    return true;
}

} // namespace engage
