#pragma once

#include "server_command.h"

namespace engage {

class PushCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::PushCommand)

public:
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
