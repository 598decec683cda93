#pragma once

#include "command.h"

namespace engage {

// docs/engagectl.md checklist: the steps to enter a configuration in the Engage admin console, for
// a server without the settings extension (docs/api.md). Offline.
class ChecklistCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::ChecklistCommand)

public:
    QString name() const override { return QStringLiteral("checklist"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
