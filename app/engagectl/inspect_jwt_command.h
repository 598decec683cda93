#pragma once

#include "command.h"

namespace engage {

class InspectJwtCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::InspectJwtCommand)

public:
    QString name() const override { return QStringLiteral("inspect-jwt"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
