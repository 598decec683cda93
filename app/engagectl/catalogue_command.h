#pragma once

#include "server_command.h"

namespace engage {

class CatalogueCommand : public ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(engage::CatalogueCommand)

public:
    QString name() const override { return QStringLiteral("catalogue"); }
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
};

} // namespace engage
