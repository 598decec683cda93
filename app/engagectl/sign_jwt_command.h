#pragma once

#include "command.h"

namespace engage {

class SignJwtCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::SignJwtCommand)

public:
    QString name() const override { return QStringLiteral("sign-jwt"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
