#pragma once

#include "api/content_source_record.h"
#include "api/paged_list_command.h"

#include <QList>

namespace engage {

// GET /content_sources: every source of the account. The API has no community filter, so a
// community's sources are chosen here by their community_id.
class ListContentSourcesCommand final : public PagedListCommand
{
    Q_OBJECT

public:
    // An empty communityId keeps every source.
    explicit ListContentSourcesCommand(ApiClient& client, const QString& communityId = QString(),
                                       QObject* parent = nullptr);
    // After success, ordered by creation as the server lists them.
    const QList<ContentSourceRecord>& sources() const { return m_sources; }

private:
    std::optional<ApiError> readPage(qsizetype page, qsizetype pageCount,
                                     const std::vector<JsonValue>& records) override;
    void allPagesRead() override;

    QString m_communityId;
    PagedRecords<ContentSourceRecord> m_pages;
    QList<ContentSourceRecord> m_sources;
};

} // namespace engage
