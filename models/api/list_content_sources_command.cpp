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
    if (const std::optional<qsizetype> bad = m_pages.read(page, pageCount, records))
        return ApiErrors::badResponse(
            tr("content source number %1 of the list is malformed").arg(*bad + 1));
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
