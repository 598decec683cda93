#pragma once

#include "server_command.h"

namespace engage {

class SourcesCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::SourcesCommand)

public:
    QString name() const override { return QStringLiteral("sources"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
