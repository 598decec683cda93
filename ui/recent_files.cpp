#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace engage {

namespace {

constexpr int maxRecentFiles = 8;
const QString recentFilesKey = QStringLiteral("recentFiles");

} // namespace

QString RecentFiles::settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/engage-admin.ini");
}

QStringList RecentFiles::list()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    return settings.value(recentFilesKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(recentFilesKey, files);
}

void RecentFiles::clear()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.remove(recentFilesKey);
}

} // namespace engage
