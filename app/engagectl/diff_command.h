#pragma once

#include "server_command.h"

namespace engage {

class DiffCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
