#pragma once

#include "api/api_records.h"
#include "api/fetch_record_command.h"

namespace engage {

// GET /communities/{id}.
class FetchCommunityCommand final : public FetchRecordCommand
{
    Q_OBJECT

public:
    FetchCommunityCommand(ApiClient& client, const QString& communityId, QObject* parent = nullptr);
    // After success.
    const CommunityRecord& community() const { return m_community; }

private:
    bool readRecord(const JsonValue& record) override;
    QString recordName() const override { return tr("the community"); }

    CommunityRecord m_community;
};

} // namespace engage
