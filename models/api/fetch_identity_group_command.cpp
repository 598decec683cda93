#include "api/fetch_identity_group_command.h"

namespace engage {

FetchIdentityGroupCommand::FetchIdentityGroupCommand(ApiClient& client, const QString& groupId,
                                                     QObject* parent)
    : FetchRecordCommand(client, recordPath(u"identity_groups", groupId), parent)
{
}

bool FetchIdentityGroupCommand::readRecord(const JsonValue& record)
{
    std::optional<IdentityGroupRecord> group = IdentityGroupRecord::fromJson(record);
    if (!group)
        return false;
    m_group = std::move(*group);
    return true;
}

} // namespace engage
