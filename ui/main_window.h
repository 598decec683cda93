#pragma once

#include "api/sync_record.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace engage {

class AutosaveSlot;
class ConfigDocument;
class DiagnosticsPanel;
class JwtKeysPage;
class JwtWorkbench;
class MappingPage;
class MessageBanner;
class PushFlow;
class SignedIdentitiesPage;
class StartPage;
class SyncProgress;
class TokenLogReportWindow;
struct ApiError;
struct CommunityConfig;
struct Diagnostic;

// One window per configuration file: the community header, the three sections (extra values
// mapping, signed identities, JWT keys), the diagnostics panel, and the file commands. The
// window presents and forwards edits; the document and the core library do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How often unsaved work is written aside for recovery after a crash.
    static constexpr int autosaveIntervalMs = 30 * 1000;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file in the window that shows it, this one when it is an empty new document,
    // or a new window. Returns the window, which reports a file it cannot read in its banner.
    MainWindow* openFile(const QString& path);
    // Reads a file into this window; false (said in the banner) when it is no configuration.
    bool loadFile(const QString& path);
    // Shows the start page (recent files, examples, New, Pull) instead of the empty
    // configuration, until the person chooses; engage-admin started without a file.
    void showStartPage();
    // Opens a bundled example (":/examples/...") as an untitled copy.
    bool openExample(const QString& resource);
    // Offers to recover the work of sessions that ended without saving, one window each.
    static void offerRecovery();

    ConfigDocument* document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    MessageBanner* banner() const { return m_banner; }
    // What the configuration was pulled from or last pushed to (FILE.sync beside its file).
    // Kept by the document, as part of its undoable state.
    const std::optional<SyncRecord>& syncRecord() const;
    // Shows the section and focuses the field a diagnostic path points at.
    void focusPath(const QString& path);

    bool save();
    bool saveAs();
    // Writes unsaved work to the autosave slot now (the timer calls it every 30 s).
    void autosave();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void newWindow();
    void openWithChooser();
    void exportWithDialog();
    // File > Export Integration Kit (docs/engagectl.md kit).
    void exportIntegrationKitWithDialog();
    void showWorkbench();
    // Tools > Token Log Report (docs/engagectl.md report, engage-admin(1)).
    void showTokenLogReport();
    void showAbout();
    // Sync (README "Sync with the admin API"): each runs its network actions with progress
    // and Cancel, and reports errors in the banner.
    void showConnectionDialog(std::function<void()> whenConnected);
    void pullWithDialog();
    void push();
    void adoptPulled(const CommunityConfig& config, const SyncRecord& base);
    // Writes the record beside the file when the core says it is time (SyncPlan::baseChanged).
    void writeSyncRecord();
    void updateSyncActions();
    // Sync > Refresh catalogue, Check an identity, Console checklist (docs/api.md catalogue and
    // identity, docs/engagectl.md checklist); a pull or push from a server without the settings
    // extension.
    void refreshCatalogue();
    void checkIdentity();
    void showConsoleChecklist();
    void adoptPartlyPulled(const CommunityConfig& config, const SyncRecord& base,
                           const QList<ApiError>& unread);
    void showSyncFailure(const QString& message);
    // Says that a push was refused for the configuration's errors, with their count; once
    // none is left (by an edit or an undo), the message goes.
    void showPushRefusal();
    void showSettingsApiMissing();
    bool saveTo(const QString& path);
    enum class Write { Save, Export };
    // True when the canonical form writes all the document's file held, or the person chose to
    // write anyway after being told what would be lost (docs/file-format.md, engage-admin(1): never
    // silently).
    bool confirmWritingWhatIsNotWrittenAsRead(Write write);
    // Ctrl+1/2/3 and F8's way back: the page's main control (the mapping table, the checked
    // mode, the key list), so that its keys (Insert, arrows) work at once.
    void focusCurrentSection();
    // F8: to the diagnostics, shown if hidden; from them, back where the person was, hiding
    // them. Escape in them goes back and leaves them shown.
    void goToDiagnosticsOrBack();
    void returnFromDiagnostics();
    // A diagnostic of a member the application does not know: no page shows it, so its
    // activation says where it is in the file and that it is kept.
    void sayWhereInTheFile(const QString& path);
    void updateTitle();
    void updateStatus();
    bool isPristine() const;
    void adoptRecovered(const CommunityConfig& config, const QString& originalPath,
                        const QList<Diagnostic>& fileDiagnostics);
    // Each section's tab says how many errors it holds ("Extra values mapping (3)").
    void updateSectionTabs();
    // Edit > Filter (Ctrl+F): the filter of the list that has the focus or the current page.
    void focusFilter();
    // The first window fits the screen with the size and splitters the person last left;
    // a further one cascades from the last window opened. Remembered when a window closes.
    void placeWindow();
    void rememberLayout() const;
    // Window: the open documents, this one checked; choosing one brings its window up.
    void fillWindowMenu(QMenu* menu);

    ConfigDocument* m_document;
    QString m_filePath;
    MessageBanner* m_banner;
    QStackedWidget* m_pages; // the start page, or the configuration
    StartPage* m_startPage;
    QWidget* m_editor;
    QTabWidget* m_sections;
    MappingPage* m_mappingPage;
    SignedIdentitiesPage* m_signedIdentitiesPage;
    JwtKeysPage* m_keysPage;
    DiagnosticsPanel* m_diagnosticsPanel;
    QDockWidget* m_diagnosticsDock;
    QPointer<QWidget> m_focusBeforeDiagnostics; // where F8 came from
    QLabel* m_statusCounts;
    QTimer* m_autosaveTimer;
    std::unique_ptr<AutosaveSlot> m_autosaveSlot;
    int m_autosavedIndex = -1; // undo index last written aside; -1 when nothing is
    QPointer<JwtWorkbench> m_workbench;
    QPointer<TokenLogReportWindow> m_tokenLogReport;
    SyncProgress* m_syncProgress;
    QAction* m_pushAction = nullptr;
    QAction* m_checkIdentityAction = nullptr;
    QPointer<PushFlow> m_pushFlow; // the push under way, if any
    QStringList m_sectionTitles;   // the tabs' texts without their error counts
};

} // namespace engage
