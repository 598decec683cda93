#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace engage {

// Where the application and engagectl open or replace a configuration file, the path must
// name a regular file, or nothing yet. Opening a named pipe blocks until some writer comes, a
// device never ends, and the atomic writer's rename would put a plain file in the place of a
// device node, a pipe or a socket (as root, --out /dev/null would replace /dev/null).
class RegularFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(engage::RegularFileCheck)

public:
    // A translated sentence naming the path and what it is, when it exists (after following
    // symbolic links) and is not a regular file; std::nullopt for a regular file or a path
    // that does not exist. Never opens the path, so it never blocks.
    static std::optional<QString> problem(const QString& path);
};

} // namespace engage
