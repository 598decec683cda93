#pragma once

#include "command.h"

namespace engage {

// engagectl validate FILE... [--json] [--strict]
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
