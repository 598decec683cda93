#pragma once

#include "command.h"

namespace engage {

class CheckIdentityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::CheckIdentityCommand)

public:
    QString name() const override { return QStringLiteral("check-identity"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
