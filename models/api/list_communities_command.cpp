#include "api/list_communities_command.h"

namespace engage {

ListCommunitiesCommand::ListCommunitiesCommand(ApiClient& client, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/communities"), parent)
{
}

std::optional<ApiError> ListCommunitiesCommand::readPage(qsizetype page, qsizetype pageCount,
                                                         const std::vector<JsonValue>& records)
{
    if (const std::optional<qsizetype> bad = m_pages.read(page, pageCount, records))
        return ApiErrors::badResponse(
            tr("community number %1 of the list has no string id and name").arg(*bad + 1));
    return std::nullopt;
}

void ListCommunitiesCommand::allPagesRead()
{
    m_communities = m_pages.inServerOrder();
}

} // namespace engage
