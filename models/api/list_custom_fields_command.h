#pragma once

#include "api/api_records.h"
#include "api/paged_list_command.h"

#include <QList>

namespace engage {

class ListCustomFieldsCommand final : public PagedListCommand
{
    Q_OBJECT

public:
    explicit ListCustomFieldsCommand(ApiClient& client, QObject* parent = nullptr);
    // After success: every custom field, of every kind (see isIdentityGroupField()).
    const QList<CustomFieldRecord>& customFields() const { return m_customFields; }

private:
    std::optional<ApiError> readPage(qsizetype page, qsizetype pageCount,
                                     const std::vector<JsonValue>& records) override;
    void allPagesRead() override;

    PagedRecords<CustomFieldRecord> m_pages;
    QList<CustomFieldRecord> m_customFields;
};

} // namespace engage
