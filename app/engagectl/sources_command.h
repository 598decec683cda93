#pragma once

#include "sync_command.h"

namespace engage {

class SourcesCommand : public SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::SourcesCommand)

public:
    QString name() const override { return QStringLiteral("sources"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
