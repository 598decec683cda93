#include "api/list_custom_fields_command.h"

namespace engage {

ListCustomFieldsCommand::ListCustomFieldsCommand(ApiClient& client, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/custom_fields"), parent)
{
}

std::optional<ApiError> ListCustomFieldsCommand::readPage(qsizetype page, qsizetype pageCount,
                                                          const std::vector<JsonValue>& records)
{
    if (const std::optional<qsizetype> bad = m_pages.read(page, pageCount, records))
        return ApiErrors::badResponse(
            tr("custom field number %1 of the list is malformed").arg(*bad + 1));
    return std::nullopt;
}

void ListCustomFieldsCommand::allPagesRead()
{
    m_customFields = m_pages.inServerOrder();
}

} // namespace engage
