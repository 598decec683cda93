#pragma once

#include "server_command.h"

namespace engage {

class CreateCustomFieldCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::CreateCustomFieldCommand)

public:
    QString name() const override { return QStringLiteral("create-custom-field"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
