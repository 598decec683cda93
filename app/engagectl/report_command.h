#pragma once

#include "command.h"

namespace engage {

// engagectl report: what a log of captured tokens says about a configuration (docs/engagectl.md).
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
