#pragma once

#include "command.h"

namespace engage {

class GenSecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::GenSecretCommand)

public:
    QString name() const override { return QStringLiteral("gen-secret"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
