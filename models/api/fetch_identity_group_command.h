#pragma once

#include "api/fetch_record_command.h"
#include "api/identity_records.h"

namespace engage {

// GET /identity_groups/{id}.
class FetchIdentityGroupCommand final : public FetchRecordCommand
{
    Q_OBJECT

public:
    FetchIdentityGroupCommand(ApiClient& client, const QString& groupId, QObject* parent = nullptr);
    // After success.
    const IdentityGroupRecord& group() const { return m_group; }

private:
    bool readRecord(const JsonValue& record) override;
    QString recordName() const override { return tr("the identity group"); }

    IdentityGroupRecord m_group;
};

} // namespace engage
