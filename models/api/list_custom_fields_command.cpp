#include "api/list_custom_fields_command.h"

namespace engage {

ListCustomFieldsCommand::ListCustomFieldsCommand(ApiClient& client, QObject* parent)
    : PagedListCommand(client, QStringLiteral("/custom_fields"), parent)
{
}

std::optional<ApiError> ListCustomFieldsCommand::takeRecords(const std::vector<JsonValue>& records)
{
    m_customFields.reserve(static_cast<qsizetype>(records.size()));
    for (std::size_t index = 0; index < records.size(); ++index) {
        const std::optional<CustomFieldRecord> record = CustomFieldRecord::fromJson(records[index]);
        if (!record) {
            return ApiErrors::badResponse(
                tr("custom field number %1 of the list is malformed").arg(index + 1));
        }
        m_customFields.append(*record);
    }
    return std::nullopt;
}

} // namespace engage
