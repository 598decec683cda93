#pragma once

#include "config/community_config.h"
#include "config/config_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace engage {

// Unsaved work written aside every few seconds, so that it survives a crash. Each open
// document has a slot in the autosave directory: ID.json (the configuration, canonical form),
// ID.meta.json (which file it belongs to) and ID.lock, held while the slot's owner runs.
// A slot whose lock is free after a crash is "abandoned" and offered for recovery.
struct AbandonedAutosave
{
    QString id;
    QString originalPath; // empty for a document that was never saved
    QDateTime savedAt;
};

class AutosaveSlot
{
    Q_DECLARE_TR_FUNCTIONS(engage::AutosaveSlot)

public:
    // Creates the directory (owner-only) and takes a new slot in it.
    explicit AutosaveSlot(const QString& directory);
    // Removes the slot's files: its owner closes after saving or discarding the work.
    ~AutosaveSlot();
    AutosaveSlot(const AutosaveSlot&) = delete;
    AutosaveSlot& operator=(const AutosaveSlot&) = delete;

    // Writes the configuration atomically; a translated error, or std::nullopt on success.
    std::optional<QString> write(const CommunityConfig& config, const QString& originalPath);
    // Forgets what was written (the work was saved).
    void clear();

private:
    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};

class AutosaveStore
{
public:
    // QStandardPaths::AppDataLocation + "/autosave".
    static QString defaultDirectory();

    explicit AutosaveStore(const QString& directory) : m_directory(directory) {}

    // The slots left by a process that is gone, oldest first.
    QList<AbandonedAutosave> abandoned() const;
    ConfigLoadResult load(const AbandonedAutosave& autosave) const;
    void discard(const AbandonedAutosave& autosave) const;

private:
    QString m_directory;
};

} // namespace engage
