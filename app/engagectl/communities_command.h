#pragma once

#include "server_command.h"

namespace engage {

class CommunitiesCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::CommunitiesCommand)

public:
    QString name() const override { return QStringLiteral("communities"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
