#pragma once

#include <QStringList>

namespace engage {

// The configuration files opened lately, most recent first, kept in the application's
// settings file under QStandardPaths::AppConfigLocation. Only paths are kept there.
class RecentFiles
{
public:
    static QStringList list();
    static void add(const QString& path);
    static void clear();
    // The application's settings file (paths and the last server URL; never a token).
    static QString settingsPath();
};

} // namespace engage
