#pragma once

#include "sync_command.h"

namespace engage {

class PullCommand : public SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::PullCommand)

public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
