#pragma once

#include "command.h"

namespace engage {

class VerifyJwtCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::VerifyJwtCommand)

public:
    QString name() const override { return QStringLiteral("verify-jwt"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
