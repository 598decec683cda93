#include "document/autosave_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace engage {

namespace {

constexpr qint64 maxMetaSize = 64 * 1024;

QString configFileName(const QString& directory, const QString& id)
{
    return directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString metaFileName(const QString& directory, const QString& id)
{
    return directory + QLatin1Char('/') + id + QStringLiteral(".meta.json");
}

QString lockFileName(const QString& directory, const QString& id)
{
    return directory + QLatin1Char('/') + id + QStringLiteral(".lock");
}

void removeSlotFiles(const QString& directory, const QString& id)
{
    QFile::remove(configFileName(directory, id));
    QFile::remove(metaFileName(directory, id));
}

} // namespace

AutosaveSlot::AutosaveSlot(const QString& directory)
    : m_directory(directory), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory);
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lock = std::make_unique<QLockFile>(lockFileName(directory, m_id));
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    m_lock->tryLock(0);
}

AutosaveSlot::~AutosaveSlot()
{
    clear();
}

std::optional<QString> AutosaveSlot::write(const CommunityConfig& config,
                                           const QString& originalPath)
{
    if (auto error = ConfigFile::save(configFileName(m_directory, m_id), config))
        return error;
    const QJsonObject meta{{QStringLiteral("original_path"), originalPath},
                           {QStringLiteral("saved_at"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile file(metaFileName(m_directory, m_id));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(meta).toJson()) < 0 || !file.commit()) {
        return tr("Unsaved work could not be written aside to \"%1\": %2.")
            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    }
    return std::nullopt;
}

void AutosaveSlot::clear()
{
    removeSlotFiles(m_directory, m_id);
}

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

QList<AbandonedAutosave> AutosaveStore::abandoned() const
{
    QList<AbandonedAutosave> result;
    const QDir directory(m_directory);
    const QStringList metaFiles =
        directory.entryList({QStringLiteral("*.meta.json")}, QDir::Files);
    for (const QString& metaFile : metaFiles) {
        const QString id = metaFile.chopped(int(qstrlen(".meta.json")));
        // Taking the lock succeeds only when its owner is gone; the lock is let go at once.
        QLockFile lock(lockFileName(m_directory, id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0) || !QFile::exists(configFileName(m_directory, id)))
            continue;
        QFile file(directory.filePath(metaFile));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.read(maxMetaSize)).object();
        result.append({id, meta.value(QStringLiteral("original_path")).toString(),
                       QDateTime::fromString(meta.value(QStringLiteral("saved_at")).toString(),
                                             Qt::ISODate)});
    }
    std::sort(result.begin(), result.end(),
              [](const AbandonedAutosave& a, const AbandonedAutosave& b) {
                  return a.savedAt < b.savedAt;
              });
    return result;
}

ConfigLoadResult AutosaveStore::load(const AbandonedAutosave& autosave) const
{
    const BoundedInput input = ConfigFile::readBytes(configFileName(m_directory, autosave.id));
    if (input.error)
        return {};
    return ConfigFile::load(input);
}

void AutosaveStore::discard(const AbandonedAutosave& autosave) const
{
    removeSlotFiles(m_directory, autosave.id);
    QFile::remove(lockFileName(m_directory, autosave.id));
}

} // namespace engage
