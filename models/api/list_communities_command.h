#pragma once

#include "api/api_records.h"
#include "api/paged_list_command.h"

#include <QList>

namespace engage {

class ListCommunitiesCommand final : public PagedListCommand
{
    Q_OBJECT

public:
    explicit ListCommunitiesCommand(ApiClient& client, QObject* parent = nullptr);
    // After success: every community, ordered by creation as the server lists them.
    const QList<CommunityRecord>& communities() const { return m_communities; }

private:
    std::optional<ApiError> readPage(qsizetype page, qsizetype pageCount,
                                     const std::vector<JsonValue>& records) override;
    void allPagesRead() override;

    PagedRecords<CommunityRecord> m_pages;
    QList<CommunityRecord> m_communities;
};

} // namespace engage
