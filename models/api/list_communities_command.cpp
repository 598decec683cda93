#include "api/list_communities_command.h"

namespace engage {

ListCommunitiesCommand::ListCommunitiesCommand(ApiClient& client, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/communities"), parent)
{
}

std::optional<ApiError> ListCommunitiesCommand::readPage(qsizetype page, qsizetype pageCount,
                                                         const std::vector<JsonValue>& records)
{
    addSkipped(m_pages.read(page, pageCount, records,
                            tr("it is not a community as the API describes it (a string id and "
                               "name, and members of the right types)")));
    return std::nullopt;
}

void ListCommunitiesCommand::allPagesRead()
{
    m_communities = m_pages.inServerOrder();
}

} // namespace engage
