// The application's sync as a person uses it: the real main window and its Sync dialogs,
// driven offscreen against engage-emulator on 127.0.0.1 (real sockets, port 0), a fresh one
// for each test so that no test depends on another. Questions are answered in advance through
// prompts::; settings live in QStandardPaths' test locations.

#include "api/api_client.h"
#include "api/fetch_settings_command.h"
#include "api/list_communities_command.h"
#include "api/push_settings_command.h"
#include "api/sync_record.h"
#include "document/config_document.h"
#include "main_window.h"
#include "message_banner.h"
#include "prompts.h"
#include "recent_files.h"
#include "support/emulator_process.h"
#include "support/main_windows.h"
#include "support/scripted_server.h"
#include "sync/conflict_dialog.h"
#include "sync/settings_merge.h"
#include "sync/sync_progress.h"
#include "sync/sync_session.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <memory>
#include <variant>

using namespace engage;

namespace {

const QByteArray token = "gui-sync-token-7d41c09e";
const QString websiteChatId = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
const QString mobileAppId = QStringLiteral("5f0c0a1b2c3d4e5f60718294");

// The visible top-level widget (window or dialog) of that object name, or null.
template <typename Widget = QWidget> Widget* visibleWindow(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == objectName)
            return qobject_cast<Widget*>(widget);
    }
    return nullptr;
}

MainWindow* windowOfCommunity(const QString& id)
{
    for (MainWindow* window : openWindows()) {
        if (window->document()->config().community.id == id)
            return window;
    }
    return nullptr;
}

void trigger(MainWindow* window, const QString& actionName)
{
    window->findChild<QAction*>(actionName)->trigger();
}

QStringList changeLines(QWidget* dialog)
{
    const auto* list = dialog->findChild<QListWidget*>(QStringLiteral("changesList"));
    QStringList lines;
    for (int row = 0; row < list->count(); ++row)
        lines.append(list->item(row)->text());
    return lines;
}

// Every text a widget shows or gives assistive technology, but the token field's own text.
QStringList textsOf(QWidget* widget)
{
    QStringList texts{widget->windowTitle(),    widget->toolTip(),
                      widget->statusTip(),      widget->whatsThis(),
                      widget->accessibleName(), widget->accessibleDescription()};
    if (const auto* label = qobject_cast<QLabel*>(widget))
        texts.append(label->text());
    if (const auto* button = qobject_cast<QAbstractButton*>(widget))
        texts.append(button->text());
    if (const auto* edit = qobject_cast<QLineEdit*>(widget);
        edit && edit->objectName() != QLatin1String("tokenEdit"))
        texts.append(edit->text());
    if (const auto* list = qobject_cast<QListWidget*>(widget)) {
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
    }
    if (const auto* bar = qobject_cast<QStatusBar*>(widget))
        texts.append(bar->currentMessage());
    return texts;
}

// A colleague's settings for the Mobile app (pulled: Reject, no row, no key): Require with a
// key, and a row mapping the UUID.
CommunityConfig colleaguesSettings()
{
    CommunityConfig theirs;
    theirs.signedIdentities = SignedIdentities::require;
    theirs.extraValuesMapping = {
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    theirs.jwtKeys = {{QStringLiteral("web"), JwtAlgorithm::hs256,
                       QStringLiteral("0123456789abcdef01234567"), std::nullopt}};
    return theirs;
}

} // namespace

class TestGuiSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connectingSaysTheTokenIsKeptForThisSessionOnly();
    void progressSaysWhileTheRateLimitIsWaitedFor();
    void pullListsEveryCommunityAndOpensTheChosenOne();
    void pushShowsTheDifferencesThenSendsTheSettings();
    void pulledConfigurationIsSavedWithItsRecordOrNotAtAll();
    void pushWithoutASyncRecordAsksFirstNamingTheServer();
    void invalidConfigurationIsNotPushed();
    void aPushsFailureIsNoLongerShownOnceAPushSucceeds();
    void pushPreviewListsMergedChangesByEntity();
    void conflictShowsEachItemWithAChoiceThenPushesIt();
    void reloadThenUndoThenPushKeepsAColleaguesChange();
    void anEditMadeWhileThePushIsOnItsWayIsKept();
    void eachConflictsChoiceIsReachedAndMadeByKeyboard();
    void cancelStopsANetworkActionAtOnce();
    void serverTextIsShownEscaped();
    void aRefusedTokensMessageGoesOnceConnectedAgain();
    void aPushRefusalGoesWhenAnUndoFixesTheError();
    void pushToAnotherServerNamesBothAndReturnCancels();

private:
    bool connectWith(MainWindow* window, const QByteArray& usedToken,
                     const QString& serverUrl = {});
    MainWindow* pull(MainWindow* window, const QString& search, const QString& id);
    // Pulls the community through the dialog and saves it at `path`; false when it fails.
    bool pullAndSave(const QString& search, const QString& id, const QString& path);
    RemoteSettings remoteSettings(const QString& id, const QString& serverUrl = {});
    QString pushBehindTheWindowsBack(const QString& id, const CommunityConfig& settings);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGuiSync::initTestCase()
{
    // No keychain of the person running the tests is ever touched, and nothing waits for a
    // secret service: the token is kept for the session only (SyncSession says why).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(RecentFiles::settingsPath());
}

void TestGuiSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A wrong token gets 401 here (wrongTokenIsReportedInTheBanner); Engage's 400 is the
    // emulator's default.
    m_emulator = std::make_unique<EmulatorProcess>(QStringList{
        QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--communities"),
        QStringLiteral("400"), QStringLiteral("--bad-token-status"), QStringLiteral("401")});
    QVERIFY(!m_emulator->url().isEmpty());
}

void TestGuiSync::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
    m_emulator.reset();
    m_dir.reset();
}

bool TestGuiSync::connectWith(MainWindow* window, const QByteArray& usedToken,
                              const QString& serverUrl)
{
    trigger(window, QStringLiteral("connectAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("connectionDialog"));
    if (!dialog)
        return false;
    auto* server = dialog->findChild<QLineEdit*>(QStringLiteral("serverUrlEdit"));
    server->clear();
    QTest::keyClicks(server, serverUrl.isEmpty() ? m_emulator->url() : serverUrl);
    auto* tokenEdit = dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, QString::fromLatin1(usedToken));
    dialog->findChild<QAbstractButton*>(QStringLiteral("connectButton"))->click();
    // Connect asks the server once before it closes.
    const QPointer<QWidget> open(dialog);
    return QTest::qWaitFor([&open] { return !open || !open->isVisible(); }, 10000) &&
           SyncSession::instance().client();
}

// Pulls through the dialog the community found by `search`; the window it opens in.
MainWindow* TestGuiSync::pull(MainWindow* window, const QString& search, const QString& id)
{
    trigger(window, QStringLiteral("pullAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("pullDialog"));
    if (!dialog)
        return nullptr;
    auto* list = dialog->findChild<QTreeView*>(QStringLiteral("communityList"));
    if (!QTest::qWaitFor([list] { return list->model()->rowCount() == 403; }, 10000))
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("communitySearch")), search);
    if (list->model()->rowCount() != 1)
        return nullptr;
    list->setCurrentIndex(list->model()->index(0, 0));
    dialog->findChild<QAbstractButton*>(QStringLiteral("pullButton"))->click();
    if (!QTest::qWaitFor([id] { return windowOfCommunity(id) != nullptr; }, 10000))
        return nullptr;
    return windowOfCommunity(id);
}

bool TestGuiSync::pullAndSave(const QString& search, const QString& id, const QString& path)
{
    auto* window = new MainWindow;
    window->show();
    if (!connectWith(window, token))
        return false;
    MainWindow* pulled = pull(window, search, id);
    if (!pulled)
        return false;
    prompts::answerNextFileChooser(path);
    trigger(pulled, QStringLiteral("saveAction"));
    const bool saved = !pulled->document()->isModified();
    pulled->close();
    return saved;
}

RemoteSettings TestGuiSync::remoteSettings(const QString& id, const QString& serverUrl)
{
    ApiClientOptions options;
    options.serverUrl = serverUrl.isEmpty() ? m_emulator->url() : serverUrl;
    ApiClient client(options, token);
    FetchSettingsCommand fetch(client, id);
    QSignalSpy done(&fetch, &ApiCommand::finished);
    fetch.start();
    if (!done.wait(10000) || fetch.error())
        return {};
    return fetch.remote();
}

// What another administrator would do: replace the remote settings. Returns the new ETag.
QString TestGuiSync::pushBehindTheWindowsBack(const QString& id, const CommunityConfig& settings)
{
    ApiClientOptions options;
    options.serverUrl = m_emulator->url();
    ApiClient client(options, token);
    PushSettingsCommand push(client, id, settings, remoteSettings(id).etag);
    QSignalSpy done(&push, &ApiCommand::finished);
    push.start();
    if (!done.wait(10000) || push.error())
        return {};
    return push.remote().etag;
}

void TestGuiSync::connectingSaysTheTokenIsKeptForThisSessionOnly()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("pushAction"))->isEnabled());
    trigger(window, QStringLiteral("connectAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    const auto* storage = dialog->findChild<QLabel*>(QStringLiteral("tokenStorageLabel"));
    QVERIFY(storage->isVisible());
    QVERIFY2(storage->text().contains(QStringLiteral("for this session only")),
             qPrintable(storage->text()));
    dialog->close();

    QVERIFY(connectWith(window, token));
    QCOMPARE(SyncSession::instance().client()->serverUrl().toString(), m_emulator->url());

    // The next time, the server is remembered and the token kept for the session fills in.
    trigger(window, QStringLiteral("connectAction"));
    dialog = visibleWindow(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("serverUrlEdit"))->text(),
             m_emulator->url());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit"))->text().toLatin1(), token);

    // The token shows in its own field and nowhere else, not even the settings file.
    QStringList leaks;
    for (QWidget* topLevel : QApplication::topLevelWidgets()) {
        QList<QWidget*> widgets = topLevel->findChildren<QWidget*>();
        widgets.prepend(topLevel);
        for (QWidget* widget : widgets) {
            if (textsOf(widget).join(QLatin1Char('\n')).contains(QString::fromLatin1(token)))
                leaks.append(widget->objectName());
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(", "))));
    QFile settings(RecentFiles::settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settings.readAll();
    QVERIFY(settingsText.contains(m_emulator->url().toUtf8()));
    QVERIFY(!settingsText.contains(token));
    dialog->close();
}

void TestGuiSync::pullListsEveryCommunityAndOpensTheChosenOne()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    trigger(window, QStringLiteral("pullAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("pullDialog"));
    QVERIFY(dialog);
    // Pages load with progress: the bar counts the records of every page.
    auto* progress = dialog->findChild<QWidget*>(QStringLiteral("syncProgress"));
    QVERIFY(progress->isVisible());
    auto* list = dialog->findChild<QTreeView*>(QStringLiteral("communityList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 403, 10000);
    QVERIFY(!progress->isVisible());

    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("communitySearch"));
    QTest::keyClicks(search, QStringLiteral("community 12"));
    QCOMPARE(list->model()->rowCount(), 11); // Community 12 and 120 to 129
    search->clear();
    QTest::keyClicks(search, QStringLiteral("60718294")); // part of an ID
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Mobile app"));
    dialog->close();

    // The window was an empty new one: the pulled configuration opens in it.
    MainWindow* pulled = pull(window, QStringLiteral("Website chat"), websiteChatId);
    QVERIFY(pulled);
    QCOMPARE(pulled, window);
    const CommunityConfig& config = pulled->document()->config();
    QCOMPARE(config.community.name, QStringLiteral("Website chat"));
    QCOMPARE(config.community.server, m_emulator->url());
    QCOMPARE(config.signedIdentities, SignedIdentities::require);
    QCOMPARE(config.extraValuesMapping.size(), 2);
    QCOMPARE(config.jwtKeys.size(), 1);
    QCOMPARE(config.customFields.size(), 2); // the Identity Group fields only
    QVERIFY(pulled->document()->isModified());
    QVERIFY(pulled->filePath().isEmpty());
    QVERIFY(pulled->syncRecord());
    QCOMPARE(pulled->syncRecord()->communityId, websiteChatId);
    QCOMPARE(pulled->syncRecord()->etag, remoteSettings(websiteChatId).etag);
    QVERIFY(pulled->findChild<QAction*>(QStringLiteral("pushAction"))->isEnabled());

    // Saving it keeps the sync record beside the file.
    const QString path = m_dir->filePath(QStringLiteral("website-chat.json"));
    prompts::answerNextFileChooser(path);
    trigger(pulled, QStringLiteral("saveAction"));
    const SyncRecordLoadResult saved = SyncRecord::load(path);
    QVERIFY(saved.base);
    QCOMPARE(saved.base->etag, pulled->syncRecord()->etag);
}

void TestGuiSync::pushShowsTheDifferencesThenSendsTheSettings()
{
    // Opened from its file: the window takes the sync record saved beside it.
    const QString path = m_dir->filePath(QStringLiteral("website-chat.json"));
    QVERIFY(pullAndSave(QStringLiteral("Website chat"), websiteChatId, path));
    QVERIFY(QFile::exists(SyncRecord::pathFor(path)));
    auto* window = new MainWindow;
    window->loadFile(path);
    window->show();
    QVERIFY(window->syncRecord());
    QVERIFY(connectWith(window, token));
    const QString pulledEtag = window->syncRecord()->etag;

    window->findChild<QRadioButton*>(QStringLiteral("rejectRadio"))->click();
    QCOMPARE(window->document()->config().signedIdentities, SignedIdentities::reject);
    trigger(window, QStringLiteral("pushAction"));
    QWidget* preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    QCOMPARE(changeLines(preview),
             (QStringList{QStringLiteral("Your changes, sent to the server:"),
                          QStringLiteral("  Signed identities: Require \u2192 Reject")}));
    preview->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();

    QTRY_VERIFY_WITH_TIMEOUT(window->syncRecord()->etag != pulledEtag, 10000);
    const RemoteSettings remote = remoteSettings(websiteChatId);
    QCOMPARE(remote.settings.signedIdentities, SignedIdentities::reject);
    QCOMPARE(window->syncRecord()->etag, remote.etag);
    QVERIFY(!window->banner()->isVisible());
    // The edit is still unsaved: the file's record follows when the file does.
    QCOMPARE(SyncRecord::load(path).base->etag, pulledEtag);
    trigger(window, QStringLiteral("saveAction"));
    QCOMPARE(SyncRecord::load(path).base->etag, remote.etag);
}

void TestGuiSync::pulledConfigurationIsSavedWithItsRecordOrNotAtAll()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Website chat"), websiteChatId);
    QVERIFY(pulled);
    // Where the sync record would go, a directory: it cannot be written.
    const QString path = m_dir->filePath(QStringLiteral("website-chat.json"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("website-chat.json.sync")));

    prompts::answerNextFileChooser(path);
    trigger(pulled, QStringLiteral("saveAction"));
    QVERIFY(pulled->banner()->isVisible());
    QCOMPARE(pulled->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(pulled->banner()->text().contains(QStringLiteral("website-chat.json.sync")),
             qPrintable(pulled->banner()->text()));
    // Not half-saved: no file that a later push would take for one without a record.
    QVERIFY(!QFile::exists(path));
    QVERIFY(pulled->document()->isModified());
    QVERIFY(pulled->filePath().isEmpty());

    // Once the record can be written, both are.
    QVERIFY(QDir(m_dir->path()).rmdir(QStringLiteral("website-chat.json.sync")));
    prompts::answerNextFileChooser(path);
    trigger(pulled, QStringLiteral("saveAction"));
    QVERIFY(!pulled->document()->isModified());
    QVERIFY(QFile::exists(path));
    QCOMPARE(SyncRecord::load(path).base->etag, pulled->syncRecord()->etag);
}

void TestGuiSync::pushWithoutASyncRecordAsksFirstNamingTheServer()
{
    // A copy of a pulled file, without its sync record.
    const QString path = m_dir->filePath(QStringLiteral("copy.json"));
    QVERIFY(pullAndSave(QStringLiteral("Website chat"), websiteChatId, path));
    QVERIFY(QFile::remove(SyncRecord::pathFor(path)));
    const RemoteSettings before = remoteSettings(websiteChatId);
    auto* window = new MainWindow;
    window->loadFile(path);
    window->show();
    QVERIFY(!window->syncRecord());
    QVERIFY(connectWith(window, token));
    window->findChild<QRadioButton*>(QStringLiteral("rejectRadio"))->click();

    // No: nothing is sent.
    prompts::answerNextQuestion(QMessageBox::No);
    trigger(window, QStringLiteral("pushAction"));
    const QString question = prompts::lastAnsweredQuestion();
    QVERIFY2(question.contains(m_emulator->url()) && question.contains(websiteChatId),
             qPrintable(question));
    QVERIFY(!visibleWindow(QStringLiteral("pushPreviewDialog")));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Nothing was pushed")),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(remoteSettings(websiteChatId).etag, before.etag);

    // Yes: the differences, then the push.
    prompts::answerNextQuestion(QMessageBox::Yes);
    trigger(window, QStringLiteral("pushAction"));
    QWidget* preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    preview->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->syncRecord().has_value(), 10000);
    const RemoteSettings remote = remoteSettings(websiteChatId);
    QCOMPARE(remote.settings.signedIdentities, SignedIdentities::reject);
    QCOMPARE(window->syncRecord()->etag, remote.etag);
}

void TestGuiSync::invalidConfigurationIsNotPushed()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled =
        pull(window, QStringLiteral("Support desk"), QStringLiteral("5f0c0a1b2c3d4e5f60718295"));
    QVERIFY(pulled);
    const RemoteSettings before = remoteSettings(pulled->document()->config().community.id);
    pulled->document()->setSignedIdentities(SignedIdentities::require); // without a key: an error
    trigger(pulled, QStringLiteral("pushAction"));
    QVERIFY(pulled->banner()->isVisible());
    QCOMPARE(pulled->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(pulled->banner()->text().contains(QStringLiteral("1 error")),
             qPrintable(pulled->banner()->text()));
    QVERIFY(!visibleWindow(QStringLiteral("pushPreviewDialog")));
    QCOMPARE(remoteSettings(pulled->document()->config().community.id).etag, before.etag);
}

void TestGuiSync::aPushsFailureIsNoLongerShownOnceAPushSucceeds()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    pulled->document()->setSignedIdentities(SignedIdentities::require); // without a key: an error
    trigger(pulled, QStringLiteral("pushAction"));
    QVERIFY(pulled->banner()->isVisible());
    QCOMPARE(pulled->banner()->kind(), MessageBanner::Kind::Error);

    // Fixed, then pushed: the refusal no longer applies, so it is no longer shown.
    pulled->document()->setSignedIdentities(SignedIdentities::accept);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the refused push
    trigger(pulled, QStringLiteral("pushAction"));
    QWidget* preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    preview->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        remoteSettings(mobileAppId).settings.signedIdentities == SignedIdentities::accept, 10000);
    QTRY_VERIFY(pulled->statusBar()->currentMessage().startsWith(QLatin1String("Pushed")));
    QVERIFY2(!pulled->banner()->isVisible(), qPrintable(pulled->banner()->text()));
}

void TestGuiSync::pushPreviewListsMergedChangesByEntity()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    QVERIFY(pulled->document()->insertRow(
        0, MappingRow{QStringLiteral("cell_number"), QStringLiteral("mobile_phone")}));
    // A colleague adds another row meanwhile: a different thing, merged.
    CommunityConfig theirs;
    theirs.extraValuesMapping = {
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    QVERIFY(!pushBehindTheWindowsBack(mobileAppId, theirs).isEmpty());

    trigger(pulled, QStringLiteral("pushAction"));
    QWidget* preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    QCOMPARE(
        changeLines(preview),
        (QStringList{
            QStringLiteral("Your changes, sent to the server:"),
            QStringLiteral("  Mapping `cell_number`: added, written to Mobile phone."),
            QStringLiteral("Changed on the server since the pull, merged into this "
                           "configuration:"),
            QStringLiteral("  Mapping `uuid`: added, written to Customer id (custom field).")}));
    const QString explanation =
        preview->findChild<QLabel*>(QStringLiteral("changesExplanation"))->text();
    QVERIFY2(explanation.contains(mobileAppId) && explanation.contains(m_emulator->url()),
             qPrintable(explanation));
    preview->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();

    QTRY_VERIFY_WITH_TIMEOUT(pulled->syncRecord()->etag == remoteSettings(mobileAppId).etag, 10000);
    const RemoteSettings remote = remoteSettings(mobileAppId);
    QCOMPARE(remote.settings.extraValuesMapping.size(), 2);
    // The window now holds what the server holds, the colleague's row included.
    QCOMPARE(pulled->document()->config().extraValuesMapping, remote.settings.extraValuesMapping);
}

void TestGuiSync::conflictShowsEachItemWithAChoiceThenPushesIt()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    pulled->document()->setSignedIdentities(SignedIdentities::accept);
    QVERIFY(pulled->document()->insertRow(
        0, MappingRow{QStringLiteral("cell_number"), QStringLiteral("mobile_phone")}));
    const CommunityConfig local = pulled->document()->config();
    const QString theirEtag = pushBehindTheWindowsBack(mobileAppId, colleaguesSettings());
    QVERIFY(!theirEtag.isEmpty());

    // Cancel: nothing changes, here or there.
    trigger(pulled, QStringLiteral("pushAction"));
    QWidget* conflict = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((conflict = visibleWindow(QStringLiteral("conflictDialog"))), 10000);
    auto* table = conflict->findChild<QTableWidget*>(QStringLiteral("conflictTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Signed identities"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Reject"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Require"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Accept"));
    QVERIFY(changeLines(conflict).contains(QStringLiteral("  JWT key `web`: added (HS256, "
                                                          "sha256:8865fea8edb6\u2026).")));
    conflict->findChild<QAbstractButton*>(QStringLiteral("cancelButton"))->click();
    QCOMPARE(pulled->document()->config(), local);
    QCOMPARE(remoteSettings(mobileAppId).etag, theirEtag);

    // Yours for the mode; the colleague's row and key are merged.
    trigger(pulled, QStringLiteral("pushAction"));
    QTRY_VERIFY_WITH_TIMEOUT((conflict = visibleWindow(QStringLiteral("conflictDialog"))), 10000);
    auto* choice = conflict->findChild<QComboBox*>(QStringLiteral("conflictChoice_0"));
    choice->setCurrentIndex(choice->findData(int(ConflictChoice::Yours)));
    conflict->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(remoteSettings(mobileAppId).etag != theirEtag, 10000);
    const RemoteSettings remote = remoteSettings(mobileAppId);
    QCOMPARE(remote.settings.signedIdentities, SignedIdentities::accept);
    QCOMPARE(remote.settings.extraValuesMapping.size(), 2);
    QCOMPARE(remote.settings.jwtKeys.size(), 1);
    QTRY_COMPARE(pulled->syncRecord()->etag, remote.etag);
    QCOMPARE(pulled->document()->config().jwtKeys, remote.settings.jwtKeys);
}

void TestGuiSync::reloadThenUndoThenPushKeepsAColleaguesChange()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    pulled->document()->setSignedIdentities(SignedIdentities::accept);
    const CommunityConfig local = pulled->document()->config();
    const SyncRecord pulledBase = *pulled->syncRecord();
    QVERIFY(!pushBehindTheWindowsBack(mobileAppId, colleaguesSettings()).isEmpty());

    // Reload: the remote settings and their base, as one undoable step.
    trigger(pulled, QStringLiteral("pushAction"));
    QWidget* conflict = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((conflict = visibleWindow(QStringLiteral("conflictDialog"))), 10000);
    conflict->findChild<QAbstractButton*>(QStringLiteral("reloadButton"))->click();
    QCOMPARE(pulled->document()->config().signedIdentities, SignedIdentities::require);
    QCOMPARE(pulled->syncRecord()->etag, remoteSettings(mobileAppId).etag);
    // Undo: my settings, and the base they were made on.
    pulled->document()->undoStack()->undo();
    QCOMPARE(pulled->document()->config(), local);
    QCOMPARE(*pulled->syncRecord(), pulledBase);

    // The push sees the colleague's changes as theirs: the same conflict, the rest merged,
    // never a preview that would quietly put my old settings back.
    trigger(pulled, QStringLiteral("pushAction"));
    QTRY_VERIFY_WITH_TIMEOUT((conflict = visibleWindow(QStringLiteral("conflictDialog"))), 10000);
    QVERIFY(!visibleWindow(QStringLiteral("pushPreviewDialog")));
    auto* choice = conflict->findChild<QComboBox*>(QStringLiteral("conflictChoice_0"));
    choice->setCurrentIndex(choice->findData(int(ConflictChoice::Yours)));
    conflict->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        remoteSettings(mobileAppId).settings.signedIdentities == SignedIdentities::accept, 10000);
    const RemoteSettings remote = remoteSettings(mobileAppId);
    QCOMPARE(remote.settings.extraValuesMapping, colleaguesSettings().extraValuesMapping);
    QCOMPARE(remote.settings.jwtKeys.size(), 1);
}

void TestGuiSync::anEditMadeWhileThePushIsOnItsWayIsKept()
{
    // Each answer takes a moment: the person goes on editing while the push is on its way.
    m_emulator = std::make_unique<EmulatorProcess>(QStringList{
        QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--communities"),
        QStringLiteral("400"), QStringLiteral("--latency-ms"), QStringLiteral("500")});
    QVERIFY(!m_emulator->url().isEmpty());
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    pulled->findChild<QRadioButton*>(QStringLiteral("acceptRadio"))->click();
    trigger(pulled, QStringLiteral("pushAction"));
    QWidget* preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    preview->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();
    pulled->findChild<QRadioButton*>(QStringLiteral("rejectRadio"))->click();
    QCOMPARE(pulled->document()->config().signedIdentities, SignedIdentities::reject);

    QTRY_VERIFY_WITH_TIMEOUT(
        pulled->statusBar()->currentMessage().startsWith(QLatin1String("Pushed")), 10000);
    QCOMPARE(remoteSettings(mobileAppId).settings.signedIdentities, SignedIdentities::accept);
    // The edit is still there, and the next push sends it.
    QCOMPARE(pulled->document()->config().signedIdentities, SignedIdentities::reject);
    QVERIFY(pulled->statusBar()->currentMessage().contains(QLatin1String("push again")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the finished push
    trigger(pulled, QStringLiteral("pushAction"));
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    QCOMPARE(changeLines(preview),
             (QStringList{QStringLiteral("Your changes, sent to the server:"),
                          QStringLiteral("  Signed identities: Accept \u2192 Reject")}));
    preview->findChild<QAbstractButton*>(QStringLiteral("pushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        remoteSettings(mobileAppId).settings.signedIdentities == SignedIdentities::reject, 10000);
}

// Tab reaches every item's choice, in order, then leaves the table; the arrow keys choose and
// Return pushes.
void TestGuiSync::eachConflictsChoiceIsReachedAndMadeByKeyboard()
{
    const QList<SettingsConflict> conflicts{
        {{SettingsEntity::Kind::SignedIdentities, QString(), 0},
         QStringLiteral("Reject"),
         QStringLiteral("Require"),
         QStringLiteral("Accept")},
        {{SettingsEntity::Kind::MappingRow, QStringLiteral("uuid"), 0},
         QStringLiteral("Customer ID"),
         QStringLiteral("Mobile phone"),
         QStringLiteral("Home phone")}};
    ConflictDialog dialog(QStringLiteral("Both changed."), conflicts, {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* first = dialog.findChild<QComboBox*>(QStringLiteral("conflictChoice_0"));
    auto* second = dialog.findChild<QComboBox*>(QStringLiteral("conflictChoice_1"));
    auto* push = dialog.findChild<QAbstractButton*>(QStringLiteral("pushButton"));
    QList<QWidget*> reached;
    for (int press = 0; press < 12 && !reached.contains(push); ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached.append(QApplication::focusWidget());
    }
    QVERIFY(reached.contains(push));
    QVERIFY(reached.contains(first));
    QVERIFY(reached.indexOf(first) < reached.indexOf(second));

    first->setFocus();
    QTest::keyClick(first, Qt::Key_Down);
    QCOMPARE(dialog.choices().value(conflicts[0].entity.key()), ConflictChoice::Yours);
    QCOMPARE(dialog.choices().value(conflicts[1].entity.key()), ConflictChoice::Theirs);

    // Return pushes these choices; it never reloads the remote settings over this
    // configuration.
    QList<ConflictDialog::Choice> chosen;
    connect(&dialog, &ConflictDialog::chosen, this,
            [&chosen](ConflictDialog::Choice choice) { chosen.append(choice); });
    QTest::keyClick(first, Qt::Key_Return);
    QCOMPARE(chosen, QList<ConflictDialog::Choice>{ConflictDialog::Choice::Push});
}

void TestGuiSync::cancelStopsANetworkActionAtOnce()
{
    // Every answer of this server takes a minute: Cancel must not wait for it.
    const EmulatorProcess slow({QStringLiteral("--token"), QString::fromLatin1(token),
                                QStringLiteral("--latency-ms"), QStringLiteral("60000")});
    QVERIFY(!slow.url().isEmpty());
    auto* window = new MainWindow;
    window->show();
    // Connect's own check would take that minute too: the session takes the client directly.
    SyncSession& session = SyncSession::instance();
    session.adopt(std::get<std::shared_ptr<ApiClient>>(session.clientFor(slow.url(), token)),
                  token);
    trigger(window, QStringLiteral("pullAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("pullDialog"));
    QVERIFY(dialog);
    auto* cancel = dialog->findChild<QAbstractButton*>(QStringLiteral("syncCancelButton"));
    QTRY_VERIFY(cancel->isVisible());

    cancel->click();
    // Far below the minute an answer would take.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
    // The person asked for it: no error, and nothing opened.
    QVERIFY(!window->banner()->isVisible());
    QCOMPARE(openWindows().size(), 1);
}

// A community name with OSC 0 (which sets a terminal's title) and U+202E (which reverses what
// follows): the pull dialog and the banner show it escaped; the file keeps it as it is.
void TestGuiSync::serverTextIsShownEscaped()
{
    const QString id = QStringLiteral("5f0c0a1b2c3d4e5f60718295");
    const QString seed = m_dir->filePath(QStringLiteral("hostile-seed.json"));
    QFile file(seed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"communities": [{"id": "5f0c0a1b2c3d4e5f60718295",
        "name": "\u001b]0;owned\u0007Chat\u202e",
        "messaging_settings": {"signed_identities": "reject"}}]})");
    file.close();
    EmulatorProcess hostile(
        {QStringLiteral("--token"), QString::fromLatin1(token), QStringLiteral("--data"), seed});
    QVERIFY(!hostile.url().isEmpty());
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token, hostile.url()));

    trigger(window, QStringLiteral("pullAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("pullDialog"));
    QVERIFY(dialog);
    auto* list = dialog->findChild<QTreeView*>(QStringLiteral("communityList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
    const QString escaped = QStringLiteral("\\u001b]0;owned\\u0007Chat\\u202e");
    QCOMPARE(list->model()->index(0, 0).data().toString(), escaped);
    list->setCurrentIndex(list->model()->index(0, 0));
    dialog->findChild<QAbstractButton*>(QStringLiteral("pullButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(windowOfCommunity(id) != nullptr, 10000);

    MainWindow* pulled = windowOfCommunity(id);
    QVERIFY2(pulled->banner()->text().contains(QLatin1Char('"') + escaped + QLatin1Char('"')),
             qPrintable(pulled->banner()->text()));
    QCOMPARE(pulled->document()->config().community.name,
             QStringLiteral("\x1b]0;owned\aChat") + QChar(0x202e));
}

void TestGuiSync::progressSaysWhileTheRateLimitIsWaitedFor()
{
    // The first request meets the rate limit, without Retry-After; the window is one second.
    int requests = 0;
    const ScriptedServer server([&requests](const QByteArray&) {
        const QByteArray body =
            ++requests == 1
                ? QByteArray(
                      R"({"error":"rate_limit_exceeded","message":"Too many.","status":429})")
                : QByteArray(R"({"count":1,"records":[{"id":"c0","name":"Zero"}]})");
        return (requests == 1 ? QByteArray("HTTP/1.1 429 Too Many Requests\r\n")
                              : QByteArray("HTTP/1.1 200 OK\r\n")) +
               "Content-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    });
    ApiClientOptions options;
    options.serverUrl = server.url();
    options.pace.window = std::chrono::seconds(1);
    ApiClient client(options, "token");
    ListCommunitiesCommand list(client);
    SyncProgress progress;
    const QString reading = QStringLiteral("Reading the communities…");
    progress.track(&list, reading);
    const auto* text = progress.findChild<QLabel*>(QStringLiteral("syncProgressText"));
    QVERIFY(text);
    list.start();
    QTRY_COMPARE(text->text(),
                 reading + QStringLiteral(" The server's rate limit was reached; waiting 1 s…"));
    QTRY_VERIFY(list.isFinished());
    QVERIFY(!list.error());
    QCOMPARE(requests, 2);
}

void TestGuiSync::aRefusedTokensMessageGoesOnceConnectedAgain()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    // The token is revoked on the server meanwhile: the session still holds it.
    SyncSession& session = SyncSession::instance();
    const QByteArray revoked = "revoked-token-0000";
    session.adopt(
        std::get<std::shared_ptr<ApiClient>>(session.clientFor(m_emulator->url(), revoked)),
        revoked);
    pulled->findChild<QRadioButton*>(QStringLiteral("rejectRadio"))->click();
    trigger(pulled, QStringLiteral("pushAction"));
    QTRY_COMPARE_WITH_TIMEOUT(pulled->banner()->kind(), MessageBanner::Kind::Error, 10000);
    QVERIFY(pulled->banner()->isVisible());

    // Connected again with a good token: the refusal no longer holds.
    QVERIFY(connectWith(pulled, token));
    QVERIFY2(!pulled->banner()->isVisible(), qPrintable(pulled->banner()->text()));
}

void TestGuiSync::aPushRefusalGoesWhenAnUndoFixesTheError()
{
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, token));
    MainWindow* pulled = pull(window, QStringLiteral("Mobile app"), mobileAppId);
    QVERIFY(pulled);
    pulled->findChild<QRadioButton*>(QStringLiteral("requireRadio"))->click(); // no key: an error
    trigger(pulled, QStringLiteral("pushAction"));
    QVERIFY(pulled->banner()->isVisible());
    QVERIFY2(pulled->banner()->text().contains(QStringLiteral("1 error")),
             qPrintable(pulled->banner()->text()));

    trigger(pulled, QStringLiteral("undoAction"));
    QCOMPARE(pulled->document()->config().signedIdentities, SignedIdentities::reject);
    QVERIFY2(!pulled->banner()->isVisible(), qPrintable(pulled->banner()->text()));
}

void TestGuiSync::pushToAnotherServerNamesBothAndReturnCancels()
{
    // Pulled from the first server and saved with its record.
    const QString path = m_dir->filePath(QStringLiteral("website-chat.json"));
    QVERIFY(pullAndSave(QStringLiteral("Website chat"), websiteChatId, path));
    EmulatorProcess other({QStringLiteral("--token"), QString::fromLatin1(token),
                           QStringLiteral("--communities"), QStringLiteral("400")});
    QVERIFY(!other.url().isEmpty());
    auto* window = new MainWindow;
    window->loadFile(path);
    window->show();
    QVERIFY(connectWith(window, token, other.url()));

    // Connect starts from the document's server, not the one last connected to, and says so.
    trigger(window, QStringLiteral("connectAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("serverUrlEdit"))->text(),
             m_emulator->url());
    const auto* origin = dialog->findChild<QLabel*>(QStringLiteral("connectionOriginLabel"));
    QVERIFY(origin);
    QVERIFY2(origin->text().contains(QStringLiteral("Website chat")), qPrintable(origin->text()));
    dialog->close();

    // Pushing to the other server names both and the community; Return cancels.
    window->findChild<QRadioButton*>(QStringLiteral("rejectRadio"))->click();
    const RemoteSettings before = remoteSettings(websiteChatId, other.url());
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->windowTitle() + QLatin1Char('\n') + box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    trigger(window, QStringLiteral("pushAction"));
    QVERIFY2(asked.contains(m_emulator->url()) && asked.contains(other.url()) &&
                 asked.contains(QStringLiteral("Website chat")) && asked.contains(websiteChatId),
             qPrintable(asked));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Nothing was pushed")),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(!visibleWindow(QStringLiteral("pushPreviewDialog")));
    QCOMPARE(remoteSettings(websiteChatId, other.url()).etag, before.etag);

    // Pushed anyway: the preview names the community and the server it goes to.
    prompts::answerNextQuestion(QMessageBox::Yes);
    trigger(window, QStringLiteral("pushAction"));
    QWidget* preview = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((preview = visibleWindow(QStringLiteral("pushPreviewDialog"))), 10000);
    const QString explanation =
        preview->findChild<QLabel*>(QStringLiteral("changesExplanation"))->text();
    QVERIFY2(explanation.contains(QStringLiteral("\"Website chat\"")) &&
                 explanation.contains(other.url()),
             qPrintable(explanation));
    preview->close();
}

QTEST_MAIN(TestGuiSync)
#include "test_gui_sync.moc"
