#include "api/list_communities_command.h"

namespace engage {

ListCommunitiesCommand::ListCommunitiesCommand(ApiClient& client, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/communities"), parent)
{
}

std::optional<ApiError> ListCommunitiesCommand::takeRecords(const std::vector<JsonValue>& records)
{
    m_communities.reserve(static_cast<qsizetype>(records.size()));
    for (std::size_t index = 0; index < records.size(); ++index) {
        const std::optional<CommunityRecord> record = CommunityRecord::fromJson(records[index]);
        if (!record) {
            return ApiErrors::badResponse(
                tr("community number %1 of the list has no string id and name").arg(index + 1));
        }
        m_communities.append(*record);
    }
    return std::nullopt;
}

} // namespace engage
