#include "api/look_up_identity_command.h"

#include "api/fetch_identity_group_command.h"
#include "api/find_identity_command.h"

namespace engage {

LookUpIdentityCommand::LookUpIdentityCommand(ApiClient& client, const QString& communityId,
                                             const QString& uuid, QObject* parent)
    : ApiCommand(client, parent), m_communityId(communityId), m_uuid(uuid)
{
}

void LookUpIdentityCommand::run()
{
    auto* find = new FindIdentityCommand(client(), m_communityId, m_uuid, this);
    connect(find, &ApiCommand::finished, this, [this, find] { identityFound(find); });
    startPart(*find);
}

void LookUpIdentityCommand::identityFound(FindIdentityCommand* find)
{
    if (find->error()) {
        fail(*find->error());
        return;
    }
    emit progress(1, 2);
    // The filter is the server's to apply; one that ignored it must not pass another
    // visitor off as this one.
    for (const IdentityRecord& identity : find->identities()) {
        if (identity.uuid == m_uuid) {
            m_identity = identity;
            break;
        }
    }
    if (!m_identity || m_identity->identityGroupId.isEmpty()) {
        emit progress(2, 2);
        succeed();
        return;
    }
    auto* fetch = new FetchIdentityGroupCommand(client(), m_identity->identityGroupId, this);
    connect(fetch, &ApiCommand::finished, this, [this, fetch] {
        if (fetch->error()) {
            fail(*fetch->error());
            return;
        }
        m_group = fetch->group();
        emit progress(2, 2);
        succeed();
    });
    startPart(*fetch);
}

} // namespace engage
