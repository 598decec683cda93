#include "api/list_content_sources_command.h"

namespace engage {

ListContentSourcesCommand::ListContentSourcesCommand(ApiClient& client, const QString& communityId,
                                                     QObject* parent)
    : PagedListCommand(client, QStringLiteral("/content_sources"), parent),
      m_communityId(communityId)
{
}

std::optional<ApiError> ListContentSourcesCommand::readPage(qsizetype page, qsizetype pageCount,
                                                            const std::vector<JsonValue>& records)
{
    addSkipped(m_pages.read(page, pageCount, records,
                            tr("it is not a content source as the API describes it (a string id "
                               "and members of the right types)")));
    return std::nullopt;
}

void ListContentSourcesCommand::allPagesRead()
{
    m_sources.clear();
    for (ContentSourceRecord& source : m_pages.inServerOrder()) {
        if (m_communityId.isEmpty() || source.communityId == m_communityId)
            m_sources.append(std::move(source));
    }
}

} // namespace engage
