#pragma once

#include "api/identity_records.h"
#include "api/paged_list_command.h"

#include <QList>

namespace engage {

// GET /identities?community_id=ID&uuid=UUID: the identities of one visitor in one community
// (one per source they used; usually one).
class FindIdentityCommand final : public PagedListCommand
{
    Q_OBJECT

public:
    FindIdentityCommand(ApiClient& client, const QString& communityId, const QString& uuid,
                        QObject* parent = nullptr);
    // After success, in server order (newest first); empty when the visitor is unknown there.
    const QList<IdentityRecord>& identities() const { return m_identities; }

private:
    std::optional<ApiError> readPage(qsizetype page, qsizetype pageCount,
                                     const std::vector<JsonValue>& records) override;
    void allPagesRead() override;

    PagedRecords<IdentityRecord> m_pages;
    QList<IdentityRecord> m_identities;
};

} // namespace engage
