// The desktop application as a person uses it: the real main window, driven by keyboard and
// mouse on the offscreen platform. Questions and file choosers are answered in advance
// through prompts::; settings and autosaves live in QStandardPaths' test locations.

#include "config/config_file.h"
#include "config/config_writer.h"
#include "document/autosave_store.h"
#include "document/config_document.h"
#include "document/diagnostic_list_model.h"
#include "main_window.h"
#include "message_banner.h"
#include "prompts.h"
#include "recent_files.h"
#include "support/main_windows.h"
#include "support/openssl_fixtures.h"
#include "support/process_run.h"
#include "support/test_files.h"
#include "text/translations.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");

QStringList diagnosticCodes(MainWindow* window)
{
    const auto* view = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    QStringList codes;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        codes.append(view->model()->index(row, 0).data(DiagnosticListModel::CodeRole).toString());
    return codes;
}

bool fieldIsMarked(QLineEdit* edit)
{
    const auto* icon = edit->findChild<QAction*>(QStringLiteral("diagnosticIcon"));
    return icon && icon->isVisible() && !icon->icon().isNull();
}

bool isNamedPipe(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

// Watches a named pipe from another thread: should the code under test open it for reading,
// a writer comes and goes, so that the test fails on what stop() returns instead of hanging.
// Opening for writing without blocking succeeds only while a reader has the pipe open.
class PipeWatch
{
public:
    explicit PipeWatch(const QString& pipe)
        : m_pipe(QFile::encodeName(pipe)), m_thread([this] {
              while (!m_done) {
                  const int descriptor = ::open(m_pipe.constData(), O_WRONLY | O_NONBLOCK);
                  if (descriptor >= 0) {
                      m_readerSeen = true;
                      ::close(descriptor);
                  }
                  std::this_thread::sleep_for(std::chrono::milliseconds(50));
              }
          })
    {
    }
    ~PipeWatch() { stop(); }
    PipeWatch(const PipeWatch&) = delete;
    PipeWatch& operator=(const PipeWatch&) = delete;

    // Whether anything opened the pipe for reading.
    bool stop()
    {
        m_done = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_readerSeen;
    }

private:
    const QByteArray m_pipe;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_readerSeen{false};
    std::thread m_thread;
};

// Shortcuts reach only the active window, as on a desktop.
bool showActive(QWidget* window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensTheExampleWithItsTitle();
    void invalidKeyIdIsMarkedUntilFixed();
    void shortSecretIsRefusedByTheValidator();
    void requireWithoutKeysIsShownBesideTheChoice();
    void mappingRowAddedByKeyboard();
    void undoAndRedoFromTheEditMenu();
    void privateKeyIsRefusedAndNeverKept();
    void diagnosticLineTakesThePersonToTheField();
    void secondKeyExplainsRotation();
    void saveWritesTheCanonicalExport();
    void exportCanRedactSecrets();
    void saveKeepsMembersThisVersionDoesNotKnow();
    void saveAsksBeforeDroppingAValueOfTheWrongType();
    void exportAsksBeforeDroppingAValueOfTheWrongType();
    void closingWithUnsavedChangesAsksFirst();
    void autosaveIsOfferedForRecovery();
    void unreadableFileIsReportedInTheBanner();
    void statusCountsProblemsInWords();
    void everyControlHasAnAccessibleName();
    void frenchStringsLoad();
    void openingANamedPipeIsRefusedWithoutBlocking();
    void saveAsOntoANamedPipeIsRefused();
    void importingAPublicKeyFromANamedPipeIsRefused();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();

private:
    MainWindow* openExample();

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(QLocale(QLocale::English), {QStringLiteral(ENGAGE_QM_DIR)}));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QDir(AutosaveStore::defaultDirectory()).removeRecursively();
    RecentFiles::clear();
}

void TestMainWindow::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

MainWindow* TestMainWindow::openExample()
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    return showActive(window) ? window : nullptr;
}

void TestMainWindow::opensTheExampleWithItsTitle()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("website-chat.json")));
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"))->text(),
             QStringLiteral("Website chat"));
    QVERIFY(window->findChild<QRadioButton*>(QStringLiteral("requireRadio"))->isChecked());
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("statusCounts"))->text(),
             QStringLiteral("No problem found."));
    QCOMPARE(RecentFiles::list(), QStringList{QFileInfo(exampleFile).absoluteFilePath()});
}

void TestMainWindow::invalidKeyIdIsMarkedUntilFixed()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier); // the JWT keys section
    auto* idEdit = window->findChild<QLineEdit*>(QStringLiteral("keyIdEdit"));
    QCOMPARE(idEdit->text(), QStringLiteral("prod"));
    idEdit->setFocus();
    idEdit->selectAll();
    QTest::keyClicks(idEdit, QStringLiteral("Prod key"));

    QCOMPARE(window->document()->config().jwtKeys.first().id, QStringLiteral("Prod key"));
    QVERIFY(fieldIsMarked(idEdit));
    QVERIFY(idEdit->toolTip().contains(QStringLiteral("a-z")) ||
            idEdit->toolTip().contains(QStringLiteral("lowercase")));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("keyIdMessages"))->isVisible());
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("key_id_invalid")));
    QVERIFY(window->isWindowModified());

    idEdit->selectAll();
    QTest::keyClicks(idEdit, QStringLiteral("prod_key"));
    QVERIFY(!fieldIsMarked(idEdit));
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("keyIdMessages"))->isVisible());
    QVERIFY(!diagnosticCodes(window).contains(QStringLiteral("key_id_invalid")));
}

void TestMainWindow::shortSecretIsRefusedByTheValidator()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* secretEdit = window->findChild<QLineEdit*>(QStringLiteral("keySecretEdit"));
    secretEdit->setFocus();
    secretEdit->selectAll();
    QTest::keyClicks(secretEdit, QStringLiteral("9aeaf06388b8ab6487d1605")); // 23 characters
    QVERIFY(fieldIsMarked(secretEdit));
    QVERIFY(secretEdit->toolTip().contains(QStringLiteral("24")));
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("hmac_secret_invalid")));
    // The invalid value stays as typed: nothing is discarded.
    QCOMPARE(secretEdit->text(), QStringLiteral("9aeaf06388b8ab6487d1605"));
    QTest::keyClicks(secretEdit, QStringLiteral("b"));
    QVERIFY(!fieldIsMarked(secretEdit));
}

void TestMainWindow::requireWithoutKeysIsShownBesideTheChoice()
{
    auto* window = new MainWindow;
    QVERIFY(showActive(window));
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    auto* require = window->findChild<QRadioButton*>(QStringLiteral("requireRadio"));
    QVERIFY(window->findChild<QRadioButton*>(QStringLiteral("rejectRadio"))->isChecked());
    QTest::keyClick(window, Qt::Key_Q, Qt::AltModifier); // Re&quire
    QTRY_VERIFY(require->isChecked()); // a mnemonic clicks after a short animation
    QCOMPARE(window->document()->config().signedIdentities, SignedIdentities::require);
    auto* messages = window->findChild<QLabel*>(QStringLiteral("signedIdentitiesMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY(messages->accessibleName().contains(QStringLiteral("Error: ")));
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("require_without_keys")));
    QVERIFY(!window->findChild<QLabel*>(QStringLiteral("signedIdentitiesAllGood"))->isVisible());
}

void TestMainWindow::mappingRowAddedByKeyboard()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    const qsizetype rowsBefore = window->document()->config().extraValuesMapping.size();
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(int(rowsBefore) - 1, 0));
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(window->document()->config().extraValuesMapping.size(), rowsBefore + 1);

    // The key cell is being edited: type the key, Tab to the field, pick it by typing.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("order_id"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY(combo);
    QTest::keyClicks(combo, QStringLiteral("Notes"));
    QTest::keyClick(combo, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(window->document()->config().extraValuesMapping.last(),
             (MappingRow{QStringLiteral("order_id"), QStringLiteral("notes")}));
    QCOMPARE(table->model()->index(int(rowsBefore), 1).data().toString(),
             QStringLiteral("Notes"));
}

void TestMainWindow::undoAndRedoFromTheEditMenu()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    const CommunityConfig original = window->document()->config();
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" (staging)"));
    QCOMPARE(window->document()->config().community.name,
             QStringLiteral("Website chat (staging)"));

    // Ctrl+Z in the field undoes the document (the typing is one step), not the field alone.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->document()->config(), original);
    QCOMPARE(name->text(), QStringLiteral("Website chat"));
    QVERIFY(!window->isWindowModified());
    window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(name->text(), QStringLiteral("Website chat (staging)"));
    QVERIFY(window->isWindowModified());
}

void TestMainWindow::privateKeyIsRefusedAndNeverKept()
{
    OpensslFixtures fixtures;
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    window->focusPath(QStringLiteral("/jwt_keys/1/public_key"));
    auto* publicKey = window->findChild<QPlainTextEdit*>(QStringLiteral("publicKeyEdit"));
    const QString before = publicKey->toPlainText();
    QVERIFY(before.contains(QStringLiteral("BEGIN PUBLIC KEY")));

    publicKey->setPlainText(QString::fromLatin1(fixtures.rsaPrivateKey())); // a paste
    QVERIFY(window->banner()->isVisible());
    QVERIFY(window->banner()->text().contains(QStringLiteral("private key")));
    QCOMPARE(publicKey->toPlainText(), before);
    QCOMPARE(window->document()->undoStack()->count(), 0);
    QVERIFY(!holdsPrivateKey(canonicalJson(window->document()->config())));
}

void TestMainWindow::diagnosticLineTakesThePersonToTheField()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* secretEdit = window->findChild<QLineEdit*>(QStringLiteral("keySecretEdit"));
    secretEdit->setFocus();
    secretEdit->selectAll();
    QTest::keyClicks(secretEdit, QStringLiteral("XYZ"));
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);

    auto* view = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    const QStringList codes = diagnosticCodes(window);
    const int row = int(codes.indexOf(QStringLiteral("hmac_secret_invalid")));
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->findChild<QTabWidget*>(QStringLiteral("sections"))->currentIndex(), 2);
    QCOMPARE(QApplication::focusWidget(), secretEdit);
}

void TestMainWindow::secondKeyExplainsRotation()
{
    auto* window = new MainWindow;
    QVERIFY(showActive(window));
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* rotation = window->findChild<QLabel*>(QStringLiteral("rotationHint"));
    auto* addHs256 = window->findChild<QAction*>(QStringLiteral("addHs256KeyAction"));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("noKeysHint"))->isVisible());
    addHs256->trigger();
    QVERIFY(!rotation->isVisible());
    addHs256->trigger();
    QVERIFY(rotation->isVisible());
    QCOMPARE(window->document()->config().jwtKeys.size(), 2);
    // Each new key has its own valid secret from the CSPRNG.
    auto* secretEdit = window->findChild<QLineEdit*>(QStringLiteral("keySecretEdit"));
    QCOMPARE(secretEdit->text().size(), 24);
    QVERIFY(!fieldIsMarked(secretEdit));
}

void TestMainWindow::saveWritesTheCanonicalExport()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    prompts::answerNextFileChooser(path);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("saved.json")));

    const Run exported =
        engagectl({QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("-"), exampleFile});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(readAll(path), exported.out);
    // Holding a secret, the file is readable by its owner only.
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());

    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("!"));
    QVERIFY(window->isWindowModified());
    QTest::keySequence(window, QKeySequence::Save);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(readAll(path), canonicalJson(window->document()->config()));
}

void TestMainWindow::exportCanRedactSecrets()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    auto* dialog = window->findChild<QDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog && dialog->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("redacted.json"));
    auto* pathEdit = dialog->findChild<QLineEdit*>(QStringLiteral("exportPathEdit"));
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, path);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("redactSecretsCheck"))->isChecked());
    QTest::keyClick(dialog, Qt::Key_Return);
    const QByteArray written = readAll(path);
    QVERIFY(written.contains("\"secret\": null"));
    QVERIFY(!written.contains("9aeaf06388b8ab6487d1605b"));
    QVERIFY(!window->isWindowModified());
}

// docs/file-format.md: a typo of extra_values_mapping, with its two rows, survives an edit and a
// Save.
void TestMainWindow::saveKeepsMembersThisVersionDoesNotKnow()
{
    const QString path = m_dir.filePath(QStringLiteral("typo.json"));
    writeAll(path, R"({"format": "engage-messaging-community", "version": 1,
  "community": {"id": "c1", "name": "Website chat", "server": ""},
  "extra_value_mapping": [{"key": "cell_number", "field": "mobile_phone"},
                          {"key": "customer_id", "field": "notes"}]})");
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(path));
    QVERIFY(showActive(window));
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("unknown_member")));

    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" 2"));
    QVERIFY(window->isWindowModified());
    // What a recovery after a crash would read back holds them too.
    window->autosave();
    const QDir autosaves(AutosaveStore::defaultDirectory());
    const QStringList written = autosaves.entryList({QStringLiteral("*.meta.json")});
    QCOMPARE(written.size(), 1);
    const ConfigLoadResult autosaved = ConfigFile::load(readAll(autosaves.filePath(
        written.first().chopped(int(qstrlen(".meta.json"))) + QStringLiteral(".json"))));
    QVERIFY(autosaved.config);
    QCOMPARE(autosaved.config->unknownMembers.size(), std::size_t(1));
    QCOMPARE(*autosaved.config, window->document()->config());
    QTest::keySequence(window, QKeySequence::Save);
    QVERIFY(!window->isWindowModified());

    const QByteArray saved = readAll(path);
    QVERIFY2(saved.endsWith(R"(  "jwt_keys": [],
  "extra_value_mapping": [
    {
      "key": "cell_number",
      "field": "mobile_phone"
    },
    {
      "key": "customer_id",
      "field": "notes"
    }
  ]
}
)"),
             saved.constData());
    QVERIFY(saved.contains(R"("name": "Website chat 2")"));
    // Still there, so still pointed out.
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("unknown_member")));
}

// docs/file-format.md and engage-admin(1): a value of the wrong JSON type was never read into the
// document, so a save would drop it. The person is asked first, the path named; Cancel writes
// nothing.
void TestMainWindow::saveAsksBeforeDroppingAValueOfTheWrongType()
{
    const QString path = m_dir.filePath(QStringLiteral("wrong-type.json"));
    const QByteArray original = R"({"format": "engage-messaging-community", "version": 1,
  "community": {"id": "c1", "name": "Website chat", "server": ""},
  "custom_fields": [{"key": "customer_id", "label": "Customer id", "type": "string",
                     "regex": 5}]})";
    writeAll(path, original);
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(path));
    QVERIFY(showActive(window));
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("member_type_invalid")));
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" 2"));

    prompts::answerNextQuestion(QMessageBox::Cancel);
    QTest::keySequence(window, QKeySequence::Save);
    QVERIFY(prompts::allAnswersUsed());
    QVERIFY2(prompts::lastAnsweredQuestion().contains(
                 QStringLiteral("/custom_fields/0/regex: its value has the wrong JSON type and "
                                "cannot be written as it is.")),
             qPrintable(prompts::lastAnsweredQuestion()));
    QCOMPARE(readAll(path), original);
    QVERIFY(window->isWindowModified());
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("member_type_invalid")));

    prompts::answerNextQuestion(QMessageBox::Save);
    QTest::keySequence(window, QKeySequence::Save);
    QVERIFY(prompts::allAnswersUsed());
    QVERIFY(!window->isWindowModified());
    const QByteArray saved = readAll(path);
    QVERIFY(saved.contains(R"("name": "Website chat 2")"));
    QVERIFY(!saved.contains("regex"));
    // The file now holds what the document holds: nothing more to point out or to ask.
    QVERIFY(!diagnosticCodes(window).contains(QStringLiteral("member_type_invalid")));
    QVERIFY(window->document()->notWrittenAsRead().isEmpty());
}

// Export writes the same canonical form, so it asks too; the file it was opened from keeps its
// values, so they are still pointed out after an export.
void TestMainWindow::exportAsksBeforeDroppingAValueOfTheWrongType()
{
    const QString path = m_dir.filePath(QStringLiteral("wrong-type-export.json"));
    writeAll(path, R"({"format": "engage-messaging-community", "version": 2})");
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(path));
    QVERIFY(showActive(window));
    const QString exported = m_dir.filePath(QStringLiteral("wrong-type-exported.json"));
    for (const QMessageBox::StandardButton answer : {QMessageBox::Cancel, QMessageBox::Save}) {
        QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
        auto* dialog = window->findChild<QDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* pathEdit = dialog->findChild<QLineEdit*>(QStringLiteral("exportPathEdit"));
        pathEdit->selectAll();
        QTest::keyClicks(pathEdit, exported);
        prompts::answerNextQuestion(answer);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(prompts::allAnswersUsed());
        QVERIFY(prompts::lastAnsweredQuestion().contains(
            QStringLiteral("/version: the file does not declare version 1, which would be written "
                           "in its place.")));
        QCOMPARE(QFileInfo::exists(exported), answer == QMessageBox::Save);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QVERIFY(diagnosticCodes(window).contains(QStringLiteral("version_unsupported")));
}

void TestMainWindow::closingWithUnsavedChangesAsksFirst()
{
    const QString path = m_dir.filePath(QStringLiteral("closing.json"));
    writeAll(path, readAll(exampleFile));
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(path));
    window->show();
    window->findChild<QRadioButton*>(QStringLiteral("acceptRadio"))->click();
    QVERIFY(window->isWindowModified());

    prompts::answerNextQuestion(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(window->document()->config().signedIdentities, SignedIdentities::accept);
    QCOMPARE(readAll(path), readAll(exampleFile));

    prompts::answerNextQuestion(QMessageBox::Save);
    QVERIFY(window->close());
    QVERIFY(readAll(path).contains("\"signed_identities\": \"accept\""));
}

void TestMainWindow::autosaveIsOfferedForRecovery()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    window->findChild<QRadioButton*>(QStringLiteral("acceptRadio"))->click();
    const CommunityConfig edited = window->document()->config();
    window->autosave();

    const QDir autosaves(AutosaveStore::defaultDirectory());
    const QStringList written = autosaves.entryList({QStringLiteral("*.meta.json")});
    QCOMPARE(written.size(), 1);
    // The window is alive and holds its slot: nothing is abandoned.
    QVERIFY(AutosaveStore(autosaves.path()).abandoned().isEmpty());

    // A crash leaves the slot's files behind with no live owner: copy them under a new ID.
    const QString id = written.first().chopped(int(qstrlen(".meta.json")));
    QVERIFY(QFile::copy(autosaves.filePath(id + QStringLiteral(".json")),
                        autosaves.filePath(QStringLiteral("crashed.json"))));
    QVERIFY(QFile::copy(autosaves.filePath(written.first()),
                        autosaves.filePath(QStringLiteral("crashed.meta.json"))));

    prompts::answerNextQuestion(QMessageBox::Yes);
    MainWindow::offerRecovery();
    MainWindow* recovered = nullptr;
    for (MainWindow* candidate : openWindows()) {
        if (candidate != window)
            recovered = candidate;
    }
    QVERIFY(recovered);
    QCOMPARE(recovered->document()->config(), edited);
    QVERIFY(recovered->isWindowModified());
    QCOMPARE(recovered->filePath(), QFileInfo(exampleFile).absoluteFilePath());
    QVERIFY(recovered->banner()->text().contains(QStringLiteral("recovered")));
    QVERIFY(!QFile::exists(autosaves.filePath(QStringLiteral("crashed.json"))));

    // Saving ends the need for the autosave.
    const QString path = m_dir.filePath(QStringLiteral("recovered.json"));
    prompts::answerNextFileChooser(path);
    QVERIFY(recovered->saveAs());
    QCOMPARE(autosaves.entryList({QStringLiteral("*.meta.json")}).size(), 1); // the first window's
}

void TestMainWindow::unreadableFileIsReportedInTheBanner()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    writeAll(path, "{\n  \"format\": \"engage-messaging-community\",\n  \"version\": 1,\n");
    auto* window = new MainWindow;
    window->show();
    QVERIFY(!window->loadFile(path));
    QVERIFY(window->banner()->isVisible());
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(window->banner()->text().contains(QStringLiteral("broken.json")));
    QVERIFY(window->banner()->text().contains(QStringLiteral("line 4")));
    QVERIFY(window->filePath().isEmpty());
}

void TestMainWindow::statusCountsProblemsInWords()
{
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(QStringLiteral(ENGAGE_EXAMPLES_DIR) +
                             QStringLiteral("/needs-attention.json")));
    window->show();
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("statusCounts"))->text(),
             QStringLiteral("4 errors, 5 warnings."));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("diagnosticsSummary"))->text(),
             QStringLiteral("4 errors, 5 warnings."));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    auto* sections = window->findChild<QTabWidget*>(QStringLiteral("sections"));
    int checked = 0;
    for (int section = 0; section < sections->count(); ++section) {
        sections->setCurrentIndex(section);
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            // The controls a keyboard user can reach, as assistive technology sees them.
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(window) ||
                widget->focusProxy())
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(QStringLiteral("%1 \"%2\" has no accessible name")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName())));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
}

void TestMainWindow::frenchStringsLoad()
{
    QVERIFY(installTranslations(QLocale(QLocale::French), {QStringLiteral(ENGAGE_QM_DIR)}));
    auto* window = new MainWindow;
    window->show();
    const QList<QAction*> menus = window->menuBar()->actions();
    QCOMPARE(menus.first()->text(), QStringLiteral("&Fichier"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("Sans titre")));

    // The tests after this one read English: French goes with it, English comes back.
    removeTranslations();
    QVERIFY(installTranslations(QLocale(QLocale::English), {QStringLiteral(ENGAGE_QM_DIR)}));
}

void TestMainWindow::openingANamedPipeIsRefusedWithoutBlocking()
{
    const QString pipe = m_dir.filePath(QStringLiteral("open-pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    PipeWatch watch(pipe);
    auto* window = new MainWindow;
    window->show();
    const bool opened = window->loadFile(pipe);
    QVERIFY2(!watch.stop(), "the window opened the pipe");
    QVERIFY(!opened);
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(window->banner()->text(),
             pipe + QStringLiteral(" is a named pipe (FIFO), not a regular file. Choose a regular "
                                   "file."));
    QVERIFY(window->filePath().isEmpty());
}

void TestMainWindow::saveAsOntoANamedPipeIsRefused()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    const QString pipe = m_dir.filePath(QStringLiteral("save-pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    prompts::answerNextFileChooser(pipe);
    QVERIFY(!window->saveAs());
    QVERIFY(isNamedPipe(pipe));
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(window->banner()->text().startsWith(
                 pipe + QStringLiteral(" is a named pipe (FIFO), not a regular file.")),
             qPrintable(window->banner()->text()));
    QCOMPARE(window->filePath(), QFileInfo(exampleFile).absoluteFilePath());
}

void TestMainWindow::importingAPublicKeyFromANamedPipeIsRefused()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    window->focusPath(QStringLiteral("/jwt_keys/1/public_key"));
    const QString pipe = m_dir.filePath(QStringLiteral("key-pipe.pem"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const CommunityConfig before = window->document()->config();
    PipeWatch watch(pipe);
    prompts::answerNextFileChooser(pipe);
    window->findChild<QPushButton*>(QStringLiteral("importPublicKeyButton"))->click();
    QVERIFY2(!watch.stop(), "the key editor opened the pipe");
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(window->banner()->text(),
             pipe + QStringLiteral(" is a named pipe (FIFO), not a regular file. Choose a regular "
                                   "file."));
    QCOMPARE(window->document()->config(), before);
}

void TestMainWindow::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QByteArray("--lang <LANG>");
    QTest::newRow("--version") << QStringLiteral("--version")
                               << QByteArray("engage-admin " ENGAGE_VERSION);
}

void TestMainWindow::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENGAGE_ADMIN_PATH), {option});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, err.constData());
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains(expected), out.constData());
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
