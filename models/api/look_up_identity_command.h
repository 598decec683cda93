#pragma once

#include "api/api_command.h"
#include "api/identity_records.h"

#include <QString>

#include <optional>

namespace engage {

class FindIdentityCommand;
class FetchIdentityGroupCommand;

// A visitor as Engage holds them (docs/api.md identity): their identity in a community, found by
// UUID, then that identity's group, which agents see. progress() counts the two steps.
class LookUpIdentityCommand final : public ApiCommand
{
    Q_OBJECT

public:
    LookUpIdentityCommand(ApiClient& client, const QString& communityId, const QString& uuid,
                          QObject* parent = nullptr);

    // After success: the identity, std::nullopt when the community has none with that UUID
    // (the newest when it has several, one per source).
    const std::optional<IdentityRecord>& identity() const { return m_identity; }
    // After success: the identity's group, std::nullopt when it has none yet (Engage creates
    // groups lazily) or when there is no identity.
    const std::optional<IdentityGroupRecord>& group() const { return m_group; }

private:
    void run() override;
    void identityFound(FindIdentityCommand* find);

    QString m_communityId;
    QString m_uuid;
    std::optional<IdentityRecord> m_identity;
    std::optional<IdentityGroupRecord> m_group;
};

} // namespace engage
