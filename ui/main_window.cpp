#include "main_window.h"

#include "api/api_client.h"
#include "community_header.h"
#include "config/config_file.h"
#include "diagnostics_panel.h"
#include "document/autosave_store.h"
#include "document/config_document.h"
#include "document/diagnostic_presentation.h"
#include "export_dialog.h"
#include "integration_kit_dialog.h"
#include "io/regular_file_check.h"
#include "jwt_keys_page.h"
#include "jwt_workbench.h"
#include "mapping_page.h"
#include "message_banner.h"
#include "prompts.h"
#include "recent_files.h"
#include "report/token_log_report_window.h"
#include "signed_identities_page.h"
#include "start_page.h"
#include "sync/catalogue_refresh_dialog.h"
#include "sync/connection_dialog.h"
#include "sync/console_checklist_dialog.h"
#include "sync/identity_check_dialog.h"
#include "sync/pull_dialog.h"
#include "sync/push_flow.h"
#include "sync/sync_plan.h"
#include "sync/sync_progress.h"
#include "sync/sync_session.h"
#include "table_filter.h"
#include "text/untrusted_text.h"
#include "window_placement.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

namespace {

constexpr int statusMessageMs = 6000;

// docs/api.md's words for a server without the settings extension, pointing to this
// application's checklist rather than to engagectl's.
QString extensionMissingText()
{
    return MainWindow::tr(
        "The server has this community but no messaging-settings API (HTTP 404), as on every "
        "real Engage domain: signed identities, JWT keys and the extra values mapping are "
        "entered in the Engage admin console there. Sync > Console Checklist lists the steps, "
        "value by value.");
}

QString displayName(const QString& path)
{
    return path.isEmpty() ? MainWindow::tr("Untitled") : QFileInfo(path).fileName();
}

// The open windows, oldest first: the Window menu lists them, a new one cascades from the last.
QList<MainWindow*>& openMainWindows()
{
    static QList<MainWindow*> windows;
    return windows;
}

// The window's size and splitters, per user, beside the recent files.
const QString geometryKey = QStringLiteral("window/geometry");
const QString mappingSplitterKey = QStringLiteral("window/mappingSplitter");
const QString diagnosticsHeightKey = QStringLiteral("window/diagnosticsHeight");
constexpr int defaultDiagnosticsHeight = 115;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new ConfigDocument(this)), m_banner(new MessageBanner(this)),
      m_pages(new QStackedWidget(this)), m_startPage(new StartPage(this)),
      m_editor(new QWidget(this)), m_sections(new QTabWidget(this)),
      m_mappingPage(new MappingPage(m_document, this)),
      m_signedIdentitiesPage(new SignedIdentitiesPage(m_document, this)),
      m_keysPage(new JwtKeysPage(m_document, this)),
      m_diagnosticsPanel(new DiagnosticsPanel(m_document, this)), m_statusCounts(new QLabel(this)),
      m_autosaveTimer(new QTimer(this)),
      m_autosaveSlot(std::make_unique<AutosaveSlot>(AutosaveStore::defaultDirectory())),
      m_syncProgress(new SyncProgress(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/engage-admin.svg")));

    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->addTab(m_mappingPage, tr("E&xtra values mapping"));
    m_sections->addTab(m_signedIdentitiesPage, tr("Signe&d identities"));
    m_sections->addTab(m_keysPage, tr("JWT &keys"));
    for (int section = 0; section < m_sections->count(); ++section)
        m_sectionTitles.append(m_sections->tabText(section));

    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(new CommunityHeader(m_document, m_editor));
    editorLayout->addWidget(m_sections, 1);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_startPage);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // The start page leaves as soon as the window holds a configuration.
    connect(m_startPage, &StartPage::newRequested, this, [this] {
        m_pages->setCurrentWidget(m_editor);
        findChild<QLineEdit*>(QStringLiteral("communityNameEdit"))->setFocus();
    });
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openWithChooser);
    connect(m_startPage, &StartPage::pullRequested, this, &MainWindow::pullWithDialog);
    connect(m_startPage, &StartPage::recentFileChosen, this, &MainWindow::openFile);
    connect(m_startPage, &StartPage::exampleChosen, this, &MainWindow::openExample);
    connect(m_document, &ConfigDocument::resetDone, this,
            [this] { m_pages->setCurrentWidget(m_editor); });

    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnosticsPanel);
    m_diagnosticsDock->setFeatures(QDockWidget::DockWidgetClosable |
                                   QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    resizeDocks({m_diagnosticsDock}, {defaultDiagnosticsHeight}, Qt::Vertical);
    // Escape in the diagnostics goes back to where F8 came from, leaving them shown.
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), m_diagnosticsPanel);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &MainWindow::returnFromDiagnostics);

    // The diagnostics of the empty configuration behind the start page would only distract.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        const bool editing = m_pages->currentWidget() == m_editor;
        m_diagnosticsDock->setVisible(editing);
        m_statusCounts->setVisible(editing);
    });

    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_statusCounts);

    createActions();
    auto* viewMenu = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_diagnosticsDock->toggleViewAction());
    // Not the dock's toggle: hiding the panel while the focus stays on, say, a radio button
    // let the next arrow key change the mode unseen.
    QAction* goToDiagnostics = viewMenu->addAction(tr("Go to the Diagnostics or &Back"), this,
                                                   &MainWindow::goToDiagnosticsOrBack);
    goToDiagnostics->setObjectName(QStringLiteral("goToDiagnosticsAction"));
    goToDiagnostics->setShortcut(QKeySequence(Qt::Key_F8));

    connect(m_diagnosticsPanel, &DiagnosticsPanel::pathActivated, this, &MainWindow::focusPath);
    connect(m_keysPage, &JwtKeysPage::problem, this, [this](const QString& message) {
        m_banner->showMessage(MessageBanner::Cause::KeyProblem, MessageBanner::Kind::Error,
                              message);
    });
    connect(m_keysPage, &JwtKeysPage::tokenLogReportRequested, this,
            &MainWindow::showTokenLogReport);
    connect(m_keysPage, &JwtKeysPage::done, this, [this](const QString& message) {
        m_banner->resolve(MessageBanner::Cause::KeyProblem);
        statusBar()->showMessage(message, statusMessageMs);
    });
    // Any edit or undo: a refused key is no longer the last thing done.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_banner->resolve(MessageBanner::Cause::KeyProblem); });
    connect(m_document, &ConfigDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ConfigDocument::diagnosticsChanged, this, &MainWindow::updateStatus);
    // A push refused for errors: said again with their count, or no more once none is left.
    connect(m_document, &ConfigDocument::diagnosticsChanged, this, [this] {
        if (m_banner->isVisible() && m_banner->cause() == MessageBanner::Cause::PushRefused)
            showPushRefusal();
    });
    connect(m_document, &ConfigDocument::communityChanged, this, &MainWindow::updateSyncActions);
    connect(m_document, &ConfigDocument::resetDone, this, &MainWindow::updateSyncActions);
    connect(m_document, &ConfigDocument::syncRecordChanged, this, &MainWindow::updateSyncActions);

    m_autosaveTimer->setInterval(autosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();

    // Ctrl+Z must undo the document even while a text field has the focus: the fields' own
    // undo would otherwise take the key and disagree with the Edit menu. A key goes to the
    // focus widget, so the filter watches this window's text field that has the focus, and
    // nothing of other windows. A table's filter box edits no document: its own undo stays.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        if (old)
            old->removeEventFilter(this);
        if (now && now->window() == this &&
            (qobject_cast<QLineEdit*>(now) || qobject_cast<QPlainTextEdit*>(now)) &&
            !qobject_cast<TableFilter*>(now->parentWidget()))
            now->installEventFilter(this);
    });

    placeWindow();
    openMainWindows().append(this);
    updateTitle();
    updateStatus();
    updateSyncActions();
}

MainWindow::~MainWindow()
{
    openMainWindows().removeAll(this);
    // The document, a child, is deleted after this body, and clearing its undo stack emits:
    // nothing of it may reach this half-destroyed window.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    // So are the children, whose focus moves as they go.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    const auto addAction = [this](QMenu* menu, const QString& objectName, const QString& text,
                                  const QKeySequence& keys, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(objectName);
        action->setShortcut(keys);
        return action;
    };
    addAction(fileMenu, QStringLiteral("newAction"), tr("&New"), QKeySequence::New,
              [this] { newWindow(); });
    addAction(fileMenu, QStringLiteral("openAction"), tr("&Open\u2026"), QKeySequence::Open,
              [this] { openWithChooser(); });
    QMenu* recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] {
        recentMenu->clear();
        const QStringList files = RecentFiles::list();
        for (const QString& path : files)
            recentMenu->addAction(path, this, [this, path] { openFile(path); });
        if (files.isEmpty())
            recentMenu->addAction(tr("No recent file"))->setEnabled(false);
        else
            recentMenu->addAction(tr("&Clear the list"), this, [] { RecentFiles::clear(); });
    });
    fileMenu->addSeparator();
    addAction(fileMenu, QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save,
              [this] { save(); });
    addAction(fileMenu, QStringLiteral("saveAsAction"), tr("Save &As\u2026"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { saveAs(); });
    addAction(fileMenu, QStringLiteral("exportAction"), tr("&Export\u2026"),
              QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportWithDialog(); });
    addAction(fileMenu, QStringLiteral("exportIntegrationKitAction"),
              tr("Export &Integration Kit\u2026"), QKeySequence(),
              [this] { exportIntegrationKitWithDialog(); });
    fileMenu->addSeparator();
    addAction(fileMenu, QStringLiteral("closeAction"), tr("&Close"), QKeySequence::Close,
              [this] { close(); });
    addAction(fileMenu, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit,
              [] { QApplication::closeAllWindows(); });

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    addAction(editMenu, QStringLiteral("filterAction"), tr("&Filter the List"), QKeySequence::Find,
              [this] { focusFilter(); });

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (int section = 0; section < m_sections->count(); ++section) {
        QAction* show = viewMenu->addAction(
            QString(m_sections->tabText(section)).remove(QLatin1Char('&')), this, [this, section] {
                m_sections->setCurrentIndex(section);
                focusCurrentSection();
            });
        show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + section)));
    }
    viewMenu->addSeparator();

    QMenu* syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    addAction(syncMenu, QStringLiteral("connectAction"), tr("&Connect\u2026"), QKeySequence(),
              [this] { showConnectionDialog({}); });
    addAction(syncMenu, QStringLiteral("pullAction"), tr("&Pull\u2026"), QKeySequence(),
              [this] { pullWithDialog(); });
    m_pushAction = addAction(syncMenu, QStringLiteral("pushAction"), tr("P&ush\u2026"),
                             QKeySequence(), [this] { push(); });
    syncMenu->addSeparator();
    addAction(syncMenu, QStringLiteral("refreshCatalogueAction"), tr("Refresh Cata&logue\u2026"),
              QKeySequence(), [this] { refreshCatalogue(); });
    m_checkIdentityAction =
        addAction(syncMenu, QStringLiteral("checkIdentityAction"), tr("Check an &Identity\u2026"),
                  QKeySequence(), [this] { checkIdentity(); });
    addAction(syncMenu, QStringLiteral("consoleChecklistAction"), tr("Co&nsole Checklist\u2026"),
              QKeySequence(), [this] { showConsoleChecklist(); });

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    addAction(toolsMenu, QStringLiteral("workbenchAction"), tr("JWT &Workbench\u2026"),
              QKeySequence(Qt::CTRL | Qt::Key_J), [this] { showWorkbench(); });
    addAction(toolsMenu, QStringLiteral("tokenLogReportAction"), tr("Token &Log Report\u2026"),
              QKeySequence(), [this] { showTokenLogReport(); });

    QMenu* windowMenu = menuBar()->addMenu(tr("&Window"));
    windowMenu->setObjectName(QStringLiteral("windowMenu"));
    connect(windowMenu, &QMenu::aboutToShow, this,
            [this, windowMenu] { fillWindowMenu(windowMenu); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    addAction(helpMenu, QStringLiteral("aboutAction"), tr("&About Engage Community Admin"),
              QKeySequence(), [this] { showAbout(); });
}

MainWindow* MainWindow::openFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<MainWindow*>(widget);
        if (window && !window->m_filePath.isEmpty() && window->m_filePath == absolute) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    MainWindow* window = isPristine() ? this : new MainWindow;
    window->loadFile(absolute);
    window->show();
    return window;
}

bool MainWindow::loadFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Checked before opening: a named pipe would block the window until something writes to it.
    if (const std::optional<QString> problem = RegularFileCheck::problem(absolute)) {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Error, *problem);
        return false;
    }
    const BoundedInput input = ConfigFile::readBytes(absolute);
    if (input.error) {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Error, *input.error);
        return false;
    }
    const ConfigLoadResult loaded = ConfigFile::load(input);
    if (!loaded.config) {
        const QString reason = loaded.diagnostics.isEmpty()
                                   ? QString()
                                   : loaded.diagnostics.first().message;
        m_banner->showMessage(
            MessageBanner::Cause::File, MessageBanner::Kind::Error,
            tr("\"%1\" could not be opened: %2").arg(QDir::toNativeSeparators(absolute), reason));
        return false;
    }
    const SyncRecordLoadResult base = SyncRecord::load(absolute);
    const int privateKeysDropped = m_document->reset(*loaded.config, loaded.diagnostics);
    m_document->setSyncRecord(base.base);
    m_filePath = absolute;
    m_autosavedIndex = -1;
    RecentFiles::add(absolute);
    if (privateKeysDropped > 0) {
        m_banner->showMessage(
            MessageBanner::Cause::File, MessageBanner::Kind::Warning,
            tr("%n RS256 key(s) of this file held a private key. It was not kept and will not "
               "be saved: paste the public key instead.",
               nullptr, privateKeysDropped));
    } else if (base.error) {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Warning,
                              *base.error);
    } else {
        m_banner->hide();
    }
    statusBar()->showMessage(tr("Opened \"%1\".").arg(displayName(absolute)), statusMessageMs);
    updateTitle();
    return true;
}

void MainWindow::showStartPage()
{
    m_startPage->refresh();
    m_pages->setCurrentWidget(m_startPage);
}

bool MainWindow::openExample(const QString& resource)
{
    QFile file(resource);
    const ConfigLoadResult loaded = file.open(QIODevice::ReadOnly)
                                        ? ConfigFile::load(QByteArrayView(file.readAll()))
                                        : ConfigLoadResult();
    if (!loaded.config) {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Error,
                              tr("The example could not be opened: this installation of Engage "
                                 "Community Admin is incomplete."));
        return false;
    }
    m_document->reset(*loaded.config, loaded.diagnostics);
    m_filePath.clear();
    m_autosavedIndex = -1;
    m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Information,
                          tr("This is an untitled copy of a bundled example: Save keeps your "
                             "changes in a file of your choice."));
    updateTitle();
    return true;
}

void MainWindow::offerRecovery()
{
    const AutosaveStore store(AutosaveStore::defaultDirectory());
    for (const AbandonedAutosave& autosave : store.abandoned()) {
        const QString name = autosave.originalPath.isEmpty()
                                 ? tr("an untitled configuration")
                                 : QStringLiteral("\"%1\"").arg(
                                       QDir::toNativeSeparators(autosave.originalPath));
        const QMessageBox::StandardButton answer = prompts::ask(
            nullptr, QMessageBox::Question, tr("Recover Unsaved Work"),
            tr("Engage Community Admin stopped without saving changes to %1. They were written "
               "aside on %2. Recover them?")
                .arg(name, QLocale().toString(autosave.savedAt.toLocalTime(),
                                              QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Ignore)
            continue;
        if (answer == QMessageBox::Yes) {
            const ConfigLoadResult loaded = store.load(autosave);
            if (!loaded.config)
                continue; // unreadable: kept for a later attempt rather than deleted
            auto* window = new MainWindow;
            window->adoptRecovered(*loaded.config, autosave.originalPath, loaded.diagnostics);
            window->show();
        }
        store.discard(autosave);
    }
}

void MainWindow::adoptRecovered(const CommunityConfig& config, const QString& originalPath,
                                const QList<Diagnostic>& fileDiagnostics)
{
    m_document->reset(config, fileDiagnostics);
    m_document->markUnsaved();
    m_filePath = originalPath;
    m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Information,
                          tr("Unsaved work was recovered. Save it to keep it."));
    // Written aside again at once, under this window's slot.
    autosave();
    updateTitle();
}

void MainWindow::focusPath(const QString& path)
{
    if (m_mappingPage->focusPath(path))
        m_sections->setCurrentWidget(m_mappingPage);
    else if (m_signedIdentitiesPage->focusPath(path))
        m_sections->setCurrentWidget(m_signedIdentitiesPage);
    else if (m_keysPage->focusPath(path))
        m_sections->setCurrentWidget(m_keysPage);
    else {
        sayWhereInTheFile(path);
        return;
    }
    // The page focused the field before it was shown; focus it again now that it is.
    if (QWidget* field = QApplication::focusWidget())
        field->setFocus(Qt::OtherFocusReason);
    else
        m_sections->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::sayWhereInTheFile(const QString& path)
{
    const Diagnostics diagnostics = m_document->diagnosticIndex().at(path);
    const auto unknown =
        std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& diagnostic) {
            return diagnostic.code == DiagnosticCode::UnknownMember;
        });
    if (unknown == diagnostics.cend())
        return;
    // The member's name: the pointer's last reference token, unescaped (RFC 6901).
    QString name = path.section(QLatin1Char('/'), -1);
    name.replace(QLatin1String("~1"), QLatin1String("/"))
        .replace(QLatin1String("~0"), QLatin1String("~"));
    const QString member = UntrustedText::forDisplay(name, 200);
    const QString pointer = UntrustedText::forDisplay(path, 200);
    // The line is the one read when the file was opened (a pulled document has none of its own).
    const bool lineKnown = unknown->position.line > 0 && !m_filePath.isEmpty();
    const QString where =
        lineKnown ? tr("The member \"%1\" (%2) was at line %3 of the file when it was opened.")
                        .arg(member, pointer)
                        .arg(unknown->position.line)
                  : tr("The member \"%1\" (%2) is in the file.").arg(member, pointer);
    prompts::ask(this, QMessageBox::Information, tr("Member Not Shown"),
                 where + QLatin1Char(' ') +
                     tr("This application does not know it, so no page shows it; it is kept "
                        "as it is when the file is saved. To change or remove it, edit the file "
                        "in a text editor."),
                 QMessageBox::Ok, QMessageBox::Ok);
}

void MainWindow::focusCurrentSection()
{
    QWidget* page = m_sections->currentWidget();
    if (page == m_mappingPage)
        m_mappingPage->focusMainControl();
    else if (page == m_signedIdentitiesPage)
        m_signedIdentitiesPage->focusMainControl();
    else if (page == m_keysPage)
        m_keysPage->focusMainControl();
}

void MainWindow::goToDiagnosticsOrBack()
{
    QWidget* focus = QApplication::focusWidget();
    if (m_diagnosticsDock->isVisible() && focus && m_diagnosticsDock->isAncestorOf(focus)) {
        m_diagnosticsDock->hide();
        returnFromDiagnostics();
        return;
    }
    m_focusBeforeDiagnostics = focus;
    m_diagnosticsDock->show();
    m_diagnosticsDock->raise();
    m_diagnosticsPanel->view()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::returnFromDiagnostics()
{
    if (m_focusBeforeDiagnostics && m_focusBeforeDiagnostics->isVisible() &&
        !m_diagnosticsDock->isAncestorOf(m_focusBeforeDiagnostics))
        m_focusBeforeDiagnostics->setFocus(Qt::OtherFocusReason);
    else
        focusCurrentSection();
}

bool MainWindow::save()
{
    // From the first attempt on, a row left to fill in reads as the mistake it is.
    m_document->endFillingIn();
    return m_filePath.isEmpty() ? saveAs() : saveTo(m_filePath);
}

bool MainWindow::saveAs()
{
    m_document->endFillingIn();
    const QString suggested = m_filePath.isEmpty()
                                  ? QDir::home().filePath(QStringLiteral("community.json"))
                                  : m_filePath;
    const QString path =
        prompts::saveFileName(this, tr("Save Configuration"), suggested,
                              prompts::configurationFilter(), prompts::configurationSuffix);
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    if (!confirmWritingWhatIsNotWrittenAsRead(Write::Save))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const auto error = SyncPlan::save(absolute, m_document->config(), syncRecord())) {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Error, *error);
        return false;
    }
    m_filePath = absolute;
    m_document->markSaved();
    m_autosaveSlot->clear();
    m_autosavedIndex = -1;
    RecentFiles::add(absolute);
    m_banner->resolve(MessageBanner::Cause::File);
    statusBar()->showMessage(tr("Saved \"%1\".").arg(displayName(absolute)), statusMessageMs);
    updateTitle();
    return true;
}

bool MainWindow::confirmWritingWhatIsNotWrittenAsRead(Write write)
{
    const Diagnostics notWritten = m_document->notWrittenAsRead();
    if (notWritten.isEmpty())
        return true;
    // A few lines name the problem; a file with thousands of mistyped rows must not make a
    // dialog taller than the screen. The diagnostics panel lists them all.
    constexpr qsizetype listed = 10;
    QStringList lines;
    for (const Diagnostic& diagnostic : notWritten.first(std::min(listed, notWritten.size()))) {
        lines.append(tr("%1: %2.").arg(UntrustedText::forDisplay(diagnostic.path, 200),
                                       ConfigFile::whyNotWrittenAsRead(diagnostic)));
    }
    if (notWritten.size() > listed)
        lines.append(tr("And %n more, listed in the diagnostics panel.", nullptr,
                        int(notWritten.size() - listed)));
    const QString intro =
        tr("\"%1\" was opened with values that cannot be written as they were read:")
            .arg(displayName(m_filePath));
    const QString question =
        write == Write::Save
            ? tr("Saving writes the configuration without them: a value of the wrong type is "
                 "replaced by its default or left out, and the format and version are written as "
                 "this program's own. Save anyway?")
            : tr("Exporting writes the configuration without them: a value of the wrong type is "
                 "replaced by its default or left out, and the format and version are written as "
                 "this program's own. Export anyway?");
    const QMessageBox::StandardButton answer = prompts::ask(
        this, QMessageBox::Warning, tr("Values That Cannot Be Written"),
        intro + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
            question,
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Save, write == Write::Save ? tr("Save Anyway") : tr("Export Anyway")}});
    return answer == QMessageBox::Save;
}

void MainWindow::autosave()
{
    const int index = m_document->undoStack()->index();
    if (!m_document->isModified() || index == m_autosavedIndex)
        return;
    if (const auto error = m_autosaveSlot->write(m_document->config(), m_filePath)) {
        statusBar()->showMessage(*error, statusMessageMs);
        return;
    }
    m_autosavedIndex = index;
}

void MainWindow::newWindow()
{
    auto* window = new MainWindow;
    window->show();
}

void MainWindow::openWithChooser()
{
    const QString path =
        prompts::openFileName(this, tr("Open Configuration"), prompts::configurationFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportWithDialog()
{
    const QString suggested =
        m_filePath.isEmpty()
            ? QDir::home().filePath(QStringLiteral("community-export.json"))
            : QFileInfo(m_filePath).dir().filePath(QFileInfo(m_filePath).completeBaseName() +
                                                   QStringLiteral("-export.json"));
    auto* dialog = new ExportDialog(suggested, countOf(m_document->diagnostics(), Severity::Error),
                                    m_document->config().holdsSecrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = QFileInfo(dialog->path()).absoluteFilePath();
        if (!confirmWritingWhatIsNotWrittenAsRead(Write::Export))
            return;
        SaveOptions options;
        options.redactSecrets = dialog->redactSecrets();
        if (const auto error = ConfigFile::save(path, m_document->config(), options)) {
            m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Error, *error);
            return;
        }
        statusBar()->showMessage(options.redactSecrets
                                     ? tr("Exported to \"%1\" with the secrets redacted.")
                                           .arg(QDir::toNativeSeparators(path))
                                     : tr("Exported to \"%1\".").arg(QDir::toNativeSeparators(path)),
                                 statusMessageMs);
    });
    dialog->open();
}

void MainWindow::exportIntegrationKitWithDialog()
{
    IntegrationKitDialog* dialog = exportIntegrationKit(this, m_document->config());
    connect(dialog, &IntegrationKitDialog::exported, this,
            [this](const QString& path, const QString& keyId) {
                statusBar()->showMessage(tr("Wrote the integration kit of key %1 to \"%2\".")
                                             .arg(keyId, QDir::toNativeSeparators(path)),
                                         statusMessageMs);
            });
}

void MainWindow::showWorkbench()
{
    if (!m_workbench)
        m_workbench = new JwtWorkbench(m_document, this);
    m_workbench->show();
    m_workbench->raise();
    m_workbench->activateWindow();
}

void MainWindow::showTokenLogReport()
{
    if (!m_tokenLogReport)
        m_tokenLogReport = new TokenLogReportWindow(m_document, this);
    m_tokenLogReport->show();
    m_tokenLogReport->raise();
    m_tokenLogReport->activateWindow();
}

void MainWindow::showAbout()
{
    prompts::ask(this, QMessageBox::Information, tr("About Engage Community Admin"),
                 tr("Engage Community Admin %1\n\nEdits and checks the signed identities, JWT "
                    "keys and extra values mapping of RingCentral Engage Messaging communities.")
                     .arg(QApplication::applicationVersion()),
                 QMessageBox::Ok, QMessageBox::Ok);
}

void MainWindow::showConnectionDialog(std::function<void()> whenConnected)
{
    SyncSession& session = SyncSession::instance();
    // The server the configuration came from, else the one its file names.
    const CommunityInfo& community = m_document->config().community;
    ConnectionOrigin origin;
    origin.server = syncRecord() ? syncRecord()->server : community.server;
    origin.community = !community.name.isEmpty() ? community.name
                       : syncRecord()            ? syncRecord()->communityId
                                                 : community.id;
    auto* dialog = new ConnectionDialog(session, origin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, &session, dialog, whenConnected] {
        // Storing the token in the keychain ends later; its failure is said here. (Without a
        // keychain the dialog already said the token is kept for this session only.)
        if (session.storage() != SyncSession::TokenStorage::SessionOnly) {
            const auto sayIfSessionOnly = [this, &session] {
                if (session.storage() == SyncSession::TokenStorage::SessionOnly)
                    m_banner->showMessage(MessageBanner::Cause::Note,
                                          MessageBanner::Kind::Information, session.storageNote());
            };
            connect(&session, &SyncSession::storageChanged, this, sayIfSessionOnly,
                    Qt::SingleShotConnection);
        }
        // A refused token or an unreachable server no longer holds.
        m_banner->resolve(MessageBanner::Cause::Sync);
        statusBar()->showMessage(dialog->reached(), statusMessageMs);
        if (whenConnected)
            whenConnected();
    });
    dialog->open();
}

void MainWindow::pullWithDialog()
{
    const std::shared_ptr<ApiClient> client = SyncSession::instance().client();
    if (!client) {
        showConnectionDialog([this] { pullWithDialog(); });
        return;
    }
    auto* dialog = new PullDialog(client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PullDialog::failed, this, &MainWindow::showSyncFailure);
    connect(dialog, &PullDialog::pulled, this,
            [this](const CommunityConfig& config, const SyncRecord& base) {
                m_banner->resolve(MessageBanner::Cause::Sync);
                // As Open does: this window when it is an empty new one, else a new window.
                MainWindow* window = isPristine() ? this : new MainWindow;
                window->adoptPulled(config, base);
                window->show();
            });
    connect(dialog, &PullDialog::partlyPulled, this,
            [this](const CommunityConfig& config, const SyncRecord& base,
                   const QList<ApiError>& unread) {
                m_banner->resolve(MessageBanner::Cause::Sync);
                MainWindow* window = isPristine() ? this : new MainWindow;
                window->adoptPartlyPulled(config, base, unread);
                window->show();
            });
    dialog->open();
    dialog->start();
}

void MainWindow::adoptPulled(const CommunityConfig& config, const SyncRecord& base)
{
    m_document->reset(config);
    // Untitled and unsaved: the person chooses where to keep it; the sync record is written
    // beside the file when it is saved.
    m_document->markUnsaved();
    m_filePath.clear();
    m_document->setSyncRecord(base);
    const QString name =
        config.community.name.isEmpty() ? config.community.id : config.community.name;
    m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Information,
                          tr("Pulled the community \"%1\". Save it to keep it: its sync record "
                             "is saved beside the file.")
                              .arg(UntrustedText::forDisplay(name)));
    autosave();
    updateTitle();
}

void MainWindow::push()
{
    const std::shared_ptr<ApiClient> client = SyncSession::instance().client();
    if (!client) {
        showConnectionDialog([this] { push(); });
        return;
    }
    if (m_pushFlow)
        return; // one push at a time; its progress is in the status bar
    m_pushFlow = new PushFlow(client, *m_document, *m_syncProgress, this);
    connect(m_pushFlow, &PushFlow::synced, this, &MainWindow::writeSyncRecord);
    connect(m_pushFlow, &PushFlow::failed, this, &MainWindow::showSyncFailure);
    connect(m_pushFlow, &PushFlow::refusedForErrors, this, &MainWindow::showPushRefusal);
    connect(m_pushFlow, &PushFlow::settingsApiMissing, this, &MainWindow::showSettingsApiMissing);
    connect(m_pushFlow, &PushFlow::succeeded, this, [this](const QString& message) {
        m_banner->resolve(MessageBanner::Cause::Sync);
        statusBar()->showMessage(message, statusMessageMs);
    });
    connect(m_pushFlow, &PushFlow::finished, m_pushFlow, &QObject::deleteLater);
    m_pushFlow->start();
}

const std::optional<SyncRecord>& MainWindow::syncRecord() const
{
    return m_document->syncRecord();
}

void MainWindow::writeSyncRecord()
{
    if (!syncRecord())
        return;
    if (const auto error =
            SyncPlan::baseChanged(m_filePath, !m_document->isModified(), *syncRecord()))
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Warning, *error);
}

void MainWindow::updateSyncActions()
{
    m_pushAction->setEnabled(!m_document->config().community.id.isEmpty() || syncRecord());
    m_checkIdentityAction->setEnabled(!m_document->config().community.id.isEmpty());
}

void MainWindow::adoptPartlyPulled(const CommunityConfig& config, const SyncRecord& base,
                                   const QList<ApiError>& unread)
{
    m_document->reset(config);
    m_document->markUnsaved();
    m_filePath.clear();
    const bool settingsMissing =
        std::any_of(unread.cbegin(), unread.cend(), [](const ApiError& error) {
            return error.kind == ApiErrorKind::ExtensionMissing;
        });
    // Without settings there is nothing a later push could be conditional on.
    if (!settingsMissing)
        m_document->setSyncRecord(base);
    const QString name =
        config.community.name.isEmpty() ? config.community.id : config.community.name;
    QStringList lines{
        tr("Pulled the community \"%1\", but not all of it:").arg(UntrustedText::forDisplay(name))};
    for (const ApiError& error : unread) {
        // The only parts a pull can miss: the settings, or the catalogue (PullDialog).
        lines.append(error.kind == ApiErrorKind::ExtensionMissing
                         ? tr("The settings could not be read. %1").arg(extensionMissingText())
                         : tr("The custom fields catalogue could not be read: %1")
                               .arg(error.message));
    }
    lines.append(tr("Save the file to keep what was read."));
    if (settingsMissing) {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Warning,
                              lines.join(QLatin1Char('\n')), tr("Console Checklist\u2026"),
                              [this] { showConsoleChecklist(); });
    } else {
        m_banner->showMessage(MessageBanner::Cause::File, MessageBanner::Kind::Warning,
                              lines.join(QLatin1Char('\n')));
    }
    autosave();
    updateTitle();
}

void MainWindow::showSyncFailure(const QString& message)
{
    m_banner->showMessage(MessageBanner::Cause::Sync, MessageBanner::Kind::Error, message);
}

void MainWindow::showPushRefusal()
{
    const int errors = countOf(m_document->diagnostics(), Severity::Error);
    if (errors == 0)
        m_banner->resolve(MessageBanner::Cause::PushRefused);
    else
        m_banner->showMessage(MessageBanner::Cause::PushRefused, MessageBanner::Kind::Error,
                              PushFlow::refusalForErrors(errors));
}

void MainWindow::showSettingsApiMissing()
{
    // The one sync failure a person can still act on here: by entering the settings in the
    // console, step by step.
    m_banner->showMessage(MessageBanner::Cause::Sync, MessageBanner::Kind::Error,
                          extensionMissingText(), tr("Console Checklist\u2026"),
                          [this] { showConsoleChecklist(); });
}

void MainWindow::refreshCatalogue()
{
    const std::shared_ptr<ApiClient> client = SyncSession::instance().client();
    if (!client) {
        showConnectionDialog([this] { refreshCatalogue(); });
        return;
    }
    auto* dialog = new CatalogueRefreshDialog(client, *m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void MainWindow::checkIdentity()
{
    const std::shared_ptr<ApiClient> client = SyncSession::instance().client();
    if (!client) {
        showConnectionDialog([this] { checkIdentity(); });
        return;
    }
    auto* dialog = new IdentityCheckDialog(client, *m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showConsoleChecklist()
{
    auto* dialog = new ConsoleChecklistDialog(
        m_document->config(), countOf(m_document->diagnostics(), Severity::Error), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] \u2014 Engage Community Admin").arg(displayName(m_filePath)));
    setWindowFilePath(m_filePath);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Diagnostics& diagnostics = m_document->diagnostics();
    m_statusCounts->setText(diagnosticsSummary(countOf(diagnostics, Severity::Error),
                                               countOf(diagnostics, Severity::Warning)));
    updateSectionTabs();
}

void MainWindow::updateSectionTabs()
{
    // The lists each page shows, in the order of the tabs (as focusPath finds them).
    const QList<QStringList> pagePaths{
        {jsonPointerOf(ConfigList::ExtraValuesMapping), jsonPointerOf(ConfigList::CustomFields)},
        {QStringLiteral("/signed_identities")},
        {jsonPointerOf(ConfigList::JwtKeys)}};
    QList<int> errors(pagePaths.size(), 0);
    for (const Diagnostic& diagnostic : m_document->diagnostics()) {
        // A new row not yet filled in is listed, but is no error of its page yet.
        if (diagnostic.severity() != Severity::Error ||
            m_document->isInRowToFillIn(diagnostic.path))
            continue;
        for (qsizetype page = 0; page < pagePaths.size(); ++page) {
            for (const QString& listPath : pagePaths.at(page)) {
                if (diagnostic.path == listPath ||
                    diagnostic.path.startsWith(listPath + QLatin1Char('/')))
                    ++errors[page];
            }
        }
    }
    for (int page = 0; page < int(pagePaths.size()); ++page) {
        const QString title = m_sectionTitles.at(page);
        const QString plainTitle = QString(title).remove(QLatin1Char('&'));
        const int count = errors.at(page);
        m_sections->setTabText(page, count == 0 ? title : tr("%1 (%2)").arg(title).arg(count));
        m_sections->setTabIcon(page, count == 0 ? QIcon() : severityIcon(Severity::Error));
        // The panel's words for the count, already translated with their plural forms.
        const QString described =
            count == 0
                ? plainTitle
                : tr("%1: %2").arg(plainTitle, DiagnosticsPanel::tr("%n error(s)", nullptr, count));
        m_sections->tabBar()->setAccessibleTabName(page, described);
        m_sections->setTabToolTip(page, count == 0 ? QString() : described);
    }
}

void MainWindow::focusFilter()
{
    QWidget* focus = QApplication::focusWidget();
    QLineEdit* filter = nullptr;
    // The signed identities page has no list: its filter is the diagnostics'.
    if (m_diagnosticsPanel->isAncestorOf(focus) ||
        m_sections->currentWidget() == m_signedIdentitiesPage) {
        m_diagnosticsPanel->parentWidget()->show(); // the dock, closed or not
        filter = m_diagnosticsPanel->filter();
    } else if (m_sections->currentWidget() == m_mappingPage) {
        filter = m_mappingPage->filterNear(focus);
    } else {
        filter = m_keysPage->filter();
    }
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void MainWindow::placeWindow()
{
    const QRect available = screen()->availableGeometry();
    if (!openMainWindows().isEmpty()) {
        const MainWindow* previous = openMainWindows().constLast();
        resize(previous->size());
        move(WindowPlacement::cascaded(previous->frameGeometry(), previous->frameGeometry().size(),
                                       available));
        return;
    }
    resize(WindowPlacement::fitted(QSize(1100, 760), available.size()));
    const QSettings settings(RecentFiles::settingsPath(), QSettings::IniFormat);
    // Qt moves a remembered geometry back onto the screen when the screen has changed.
    restoreGeometry(settings.value(geometryKey).toByteArray());
    m_mappingPage->restoreSplitterState(settings.value(mappingSplitterKey).toByteArray());
    const int diagnosticsHeight =
        settings.value(diagnosticsHeightKey, defaultDiagnosticsHeight).toInt();
    resizeDocks({static_cast<QDockWidget*>(m_diagnosticsPanel->parentWidget())},
                {diagnosticsHeight}, Qt::Vertical);
}

void MainWindow::rememberLayout() const
{
    QSettings settings(RecentFiles::settingsPath(), QSettings::IniFormat);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(mappingSplitterKey, m_mappingPage->splitterState());
    const QWidget* dock = m_diagnosticsPanel->parentWidget();
    if (dock->isVisible())
        settings.setValue(diagnosticsHeightKey, dock->height());
}

void MainWindow::fillWindowMenu(QMenu* menu)
{
    menu->clear();
    auto* group = new QActionGroup(menu);
    const QList<MainWindow*>& windows = openMainWindows();
    for (qsizetype number = 0; number < windows.size(); ++number) {
        MainWindow* window = windows.at(number);
        QString name =
            displayName(window->m_filePath).replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (window->m_document->isModified())
            name = tr("%1 (modified)").arg(name);
        const QString text = number < 9 ? tr("&%1 %2").arg(number + 1).arg(name) : name;
        QAction* action = menu->addAction(text, window, [window] {
            window->show();
            window->raise();
            window->activateWindow();
        });
        action->setCheckable(true);
        action->setChecked(window == this);
        group->addAction(action);
    }
}

bool MainWindow::isPristine() const
{
    return m_filePath.isEmpty() && !m_document->isModified() &&
           m_document->undoStack()->count() == 0;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_document->isModified()) {
        const QMessageBox::StandardButton answer = prompts::ask(
            this, QMessageBox::Warning, tr("Unsaved Changes"),
            tr("\"%1\" has changes that are not saved. Save them before closing?")
                .arg(displayName(m_filePath)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
            {{QMessageBox::Save, tr("&Save")}, {QMessageBox::Discard, tr("&Don't Save")}});
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    m_autosaveSlot->clear();
    rememberLayout();
    openMainWindows().removeAll(this); // deleted later; gone from the Window menu now
    event->accept();
}

// Watches the text field of this window that has the focus (see the constructor).
bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true; // not accepted: the shortcut goes to the Edit menu's action
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace engage
