#pragma once

#include "server_command.h"

namespace engage {

class IdentityCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::IdentityCommand)

public:
    QString name() const override { return QStringLiteral("identity"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
