#pragma once

#include "server_command.h"

#include <optional>

namespace engage {

class PullConfigurationCommand;

class PullCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::PullCommand)

public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // The pulled configuration at `target`, with its sync record when the settings were read.
    std::optional<QString> writePulled(const QString& target, const CommunityConfig& config,
                                       const PullConfigurationCommand& pull) const;
    // Says what a partial pull wrote and kept (`fileExisted`: whether there were settings to
    // keep); its exit code (docs/engagectl.md): 5 when only the settings extension is missing, 4
    // when the token may not read the catalogue.
    int reportPartialPull(const PullConfigurationCommand& pull, const QString& community,
                          const QString& file, bool fileExisted, Console& console) const;
};

} // namespace engage
