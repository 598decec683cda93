#include "api/list_custom_fields_command.h"

namespace engage {

ListCustomFieldsCommand::ListCustomFieldsCommand(ApiClient& client, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/custom_fields"), parent)
{
}

std::optional<ApiError> ListCustomFieldsCommand::readPage(qsizetype page, qsizetype pageCount,
                                                          const std::vector<JsonValue>& records)
{
    addSkipped(m_pages.read(page, pageCount, records,
                            tr("it is not a custom field as the API describes it (a string key, "
                               "and members of the right types)")));
    return std::nullopt;
}

void ListCustomFieldsCommand::allPagesRead()
{
    m_customFields = m_pages.inServerOrder();
}

} // namespace engage
