#pragma once

#include "command.h"

namespace engage {

// docs/engagectl.md kit: the integration kit of one JWT key for the website team, as HTML or
// Markdown, on standard output or into a file. Offline.
class KitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(engage::KitCommand)

public:
    QString name() const override { return QStringLiteral("kit"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
