#pragma once

#include "api/api_command.h"
#include "api/messaging_settings.h"

#include <QString>

namespace engage {

// GET /communities/{id}/messaging_settings.
class FetchSettingsCommand final : public ApiCommand
{
    Q_OBJECT

public:
    FetchSettingsCommand(ApiClient& client, const QString& communityId, QObject* parent = nullptr);
    // After success.
    const RemoteSettings& remote() const { return m_remote; }

private:
    void run() override;

    QString m_communityId;
    RemoteSettings m_remote;
};

} // namespace engage
