#pragma once

#include "command.h"

namespace engage {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
