#pragma once

#include "api/sync_record.h"
#include "config/community_config.h"
#include "config/diagnostic.h"
#include "config/live_validation.h"
#include "document/config_list.h"
#include "document/diagnostic_index.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <array>
#include <optional>

namespace engage {

// One configuration being edited: its value, its undo history, its file, and its diagnostics,
// recomputed by the core validator after every change. Every edit goes through the undo
// stack; the item models and the editors listen to the signals below and never change the
// value behind the document's back.
class ConfigDocument : public QObject
{
    Q_OBJECT

public:
    // Typing in one field becomes one undo step: consecutive edits of the same field of the
    // same row merge when they carry the same FieldTag. noMerge makes a step of its own.
    using FieldTag = int;
    static constexpr FieldTag noMerge = -1;

    explicit ConfigDocument(QObject* parent = nullptr);
    ~ConfigDocument() override;

    const CommunityConfig& config() const { return m_config; }
    // The value rules' diagnostics of the current value and its unknown members' warnings,
    // followed by the structure diagnostics of the file as it was opened (format, version,
    // wrong member types), which stay until the next save since only the file can have them.
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    const DiagnosticIndex& diagnosticIndex() const { return m_index; }
    // The problems `key` would have in the key cell of mapping row `row`, for the cell being
    // typed in before its edit is committed (LiveValidation::mappingKeyDiagnostics).
    Diagnostics mappingKeyDiagnostics(int row, const QString& key) const;
    // Of the file's diagnostics, those of what a save cannot write as the file had it
    // (ConfigFile::notWrittenAsRead): the application asks before writing over them. Empty
    // once saved, since the file then holds what the document holds.
    Diagnostics notWrittenAsRead() const;

    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    // Replaces the whole value (New, Open, recovery) and forgets the undo history.
    // fileDiagnostics are the file's load diagnostics; the value rules are run here.
    // An RS256 "public key" holding a private key is not kept: the key is left without public
    // key and the number of keys so cleaned is returned, for the application to say so.
    int reset(const CommunityConfig& config, const Diagnostics& fileDiagnostics = {});
    // The current value is what the file now holds.
    void markSaved();
    // Makes the document modified without changing its value: a recovered autosave is
    // unsaved work until the user saves it.
    void markUnsaved();

    // Edits: each pushes one undoable command (or merges into the previous one).
    void setCommunity(const CommunityInfo& community, FieldTag tag = noMerge);
    void setSignedIdentities(const QString& mode);
    // Row edits return false, changing nothing, when the row would hold a private key: it is
    // then never kept in the undo history, saved or autosaved.
    template <typename Row>
    bool insertRow(int index, const Row& row);
    template <typename Row>
    bool replaceRow(int index, const Row& row, FieldTag tag = noMerge);
    // A row the person added to fill in (Add row, Add key): it stays "to fill in" until an
    // edit command changes it or a save is attempted, so that its problems read as what is
    // left to do rather than as mistakes. The diagnostics list them all the same.
    template <typename Row> bool insertRowToFillIn(int index, const Row& row);
    bool isToFillIn(ConfigList list, int row) const;
    // Whether a diagnostic's JSON Pointer is inside a row still to fill in.
    bool isInRowToFillIn(const QString& path) const;
    // A save was attempted: every row is judged as it is from now on.
    void endFillingIn();
    // count rows from first, as one undo step.
    void removeRows(ConfigList list, int first, int count);
    void moveRow(ConfigList list, int from, int to);
    // Replaces what the admin API stores (signed identities, mapping and keys) with those of
    // `settings`, as one undo step; the community and the catalogue stay. Used to take the
    // remote settings after a sync conflict, or the merged settings after a push.
    void replaceSettings(const CommunityConfig& settings);
    // The same, with the sync record those settings come with, in the same undo step: undoing
    // it gives the previous settings back with their own base, so that a later push sees
    // what the server changed since as the server's, to merge or to show as a conflict, and
    // never silently reverts it.
    void replaceSettings(const CommunityConfig& settings, const std::optional<SyncRecord>& base);

    // What the configuration was pulled from or last pushed to (SyncPlan's merge base): part
    // of the undoable state, as above. reset() forgets it.
    const std::optional<SyncRecord>& syncRecord() const { return m_syncRecord; }
    // Outside the undo history: after Open, a pull, or a push that changed nothing here.
    void setSyncRecord(const std::optional<SyncRecord>& base);

    // Replaces the custom fields catalogue with `catalogue`, as one undo step (Sync > Refresh
    // catalogue); everything else stays.
    void replaceCatalogue(const QList<CustomField>& catalogue);

    int rowCount(ConfigList list) const;

signals:
    void aboutToReset();
    void resetDone();
    void rowsAboutToBeInserted(engage::ConfigList list, int first, int last);
    void rowsInserted(engage::ConfigList list, int first, int last);
    void rowsAboutToBeRemoved(engage::ConfigList list, int first, int last);
    void rowsRemoved(engage::ConfigList list, int first, int last);
    void rowAboutToBeMoved(engage::ConfigList list, int from, int to);
    void rowMoved(engage::ConfigList list, int from, int to);
    void rowChanged(engage::ConfigList list, int row);
    void communityChanged();
    void signedIdentitiesChanged();
    void diagnosticsChanged();
    void modificationChanged(bool modified);
    void syncRecordChanged();

private:
    // The undo commands of the row edits (the value edits' commands call back through
    // lambdas): nested so that they alone, with the editing functions above, reach the
    // apply functions below. An edit made any other way would bypass the undo history.
    template <typename Row> class InsertRowCommand;
    template <typename Row> class RemoveRowCommand;
    class MoveRowCommand;

    // What the undo commands call: change the value, emit the signals, revalidate.
    template <typename Row> void applyInsert(int index, const Row& row, bool toFillIn = false);
    template <typename Row> Row applyTake(int index);
    template <typename Row> void applyReplace(int index, const Row& row);
    void applyMove(ConfigList list, int from, int to);
    void applyCommunity(const CommunityInfo& community);
    // Every list at once, as after a reset, but undoably (ConfigDocument::replaceSettings).
    void applyWholeValue(const CommunityConfig& config);
    void applySignedIdentities(const QString& mode);
    void applySettingsWithBase(const CommunityConfig& config,
                               const std::optional<SyncRecord>& base);

    enum class FileDiagnostics { Unchanged, Changed };
    // Brings the diagnostics up to the value, and emits diagnosticsChanged.
    void revalidate(FileDiagnostics fileDiagnostics = FileDiagnostics::Unchanged);
    QList<bool>& toFillIn(ConfigList list) { return m_toFillIn.at(static_cast<size_t>(list)); }
    // No row is to fill in: after a reset, a whole new value or a save attempt.
    void clearToFillIn();

    CommunityConfig m_config;
    std::optional<SyncRecord> m_syncRecord;
    Diagnostics m_fileDiagnostics;
    Diagnostics m_diagnostics;
    DiagnosticIndex m_index;
    LiveValidation m_validation;
    QUndoStack m_undoStack;
    // By list, one flag per row: true while the row is to fill in (insertRowToFillIn).
    std::array<QList<bool>, 3> m_toFillIn;
};

} // namespace engage
