#pragma once

#include "command.h"

namespace engage {

class CheckKeyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::CheckKeyCommand)

public:
    QString name() const override { return QStringLiteral("check-key"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
