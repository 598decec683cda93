#pragma once

#include "api/api_command.h"
#include "api/messaging_settings.h"

#include <QString>

namespace engage {

// GET /communities/{id}/messaging_settings (docs/api.md). A 404 there is told apart by
// GET /communities/{id}: when the community exists, the server does not offer the settings
// extension (ApiErrorKind::ExtensionMissing, as on every real Engage domain); when it does
// not, the community does not exist (ApiErrorKind::NotFound).
class FetchSettingsCommand final : public ApiCommand
{
    Q_OBJECT

public:
    FetchSettingsCommand(ApiClient& client, const QString& communityId, QObject* parent = nullptr);
    // After success.
    const RemoteSettings& remote() const { return m_remote; }

private:
    void run() override;
    void settingsArrived(ApiRequest* request);
    void findWhyNotFound();

    QString m_communityId;
    RemoteSettings m_remote;
};

} // namespace engage
