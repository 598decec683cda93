// Honest status in the real main window, offscreen: each banner goes when its cause goes, an
// untouched new row or key waits to be filled in without looking wrong, and the start page
// opens what a person wants when no file was given.

#include "document/autosave_store.h"
#include "document/config_document.h"
#include "document/diagnostic_list_model.h"
#include "main_window.h"
#include "message_banner.h"
#include "prompts.h"
#include "recent_files.h"
#include "support/main_windows.h"
#include "support/openssl_fixtures.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");

bool showActive(QWidget* window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// What a cell shows: its icon is the neutral "to fill in" one, or another.
bool showsToFillIn(const QModelIndex& index)
{
    const QImage shown = index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    const QImage toFillIn = QIcon(QStringLiteral(":/icons/to-fill-in.svg")).pixmap(16).toImage();
    return !shown.isNull() && shown == toFillIn &&
           index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("To fill in: "));
}

bool showsAnError(const QModelIndex& index)
{
    const QImage shown = index.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    const QImage error = QIcon(QStringLiteral(":/icons/diagnostic-error.svg")).pixmap(16).toImage();
    return !shown.isNull() && shown == error &&
           index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Error: "));
}

QStringList diagnosticPaths(MainWindow* window)
{
    const auto* view = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    QStringList paths;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        paths.append(view->model()->index(row, 0).data(DiagnosticListModel::PathRole).toString());
    return paths;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestGuiStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aFailedImportsMessageGoesWhenAnImportSucceeds();
    void aFailedImportsMessageGoesWithTheNextEdit();
    void aNewMappingRowIsToFillInUntilEdited();
    void aNewRowReadsAsAMistakeOnceASaveIsAttempted();
    void aNewRs256KeyIsToFillInUntilEdited();
    void startPageOpensARecentFileByKeyboard();
    void startPageOpensAnExampleAsAnUntitledCopy();
    void startPageNewShowsAnEmptyConfigurationWithHints();
    void startPagePullAsksForAServerFirst();

private:
    MainWindow* openExample();
    // Imports the key file `path` into the RS256 key of the example, as by its button.
    void importPublicKey(MainWindow* window, const QString& path);

    QTemporaryDir m_dir;
};

void TestGuiStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGuiStatus::init()
{
    QDir(AutosaveStore::defaultDirectory()).removeRecursively();
    RecentFiles::clear();
}

void TestGuiStatus::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

MainWindow* TestGuiStatus::openExample()
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    return showActive(window) ? window : nullptr;
}

void TestGuiStatus::importPublicKey(MainWindow* window, const QString& path)
{
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    window->focusPath(QStringLiteral("/jwt_keys/1/public_key"));
    prompts::answerNextFileChooser(path);
    window->findChild<QPushButton*>(QStringLiteral("importPublicKeyButton"))->click();
}

void TestGuiStatus::aFailedImportsMessageGoesWhenAnImportSucceeds()
{
    OpensslFixtures fixtures;
    MainWindow* window = openExample();
    QVERIFY(window);
    const QString privateKey = m_dir.filePath(QStringLiteral("private.pem"));
    QVERIFY(writeFile(privateKey, fixtures.rsaPrivateKey()));
    importPublicKey(window, privateKey);
    QVERIFY(window->banner()->isVisible());
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);

    const QString publicKey = m_dir.filePath(QStringLiteral("public.pem"));
    QVERIFY(writeFile(publicKey, fixtures.rsaPublicKey()));
    importPublicKey(window, publicKey);
    QVERIFY2(
        window->statusBar()->currentMessage().startsWith(QStringLiteral("Public key imported")),
        qPrintable(window->statusBar()->currentMessage()));
    QVERIFY2(!window->banner()->isVisible(), qPrintable(window->banner()->text()));
}

void TestGuiStatus::aFailedImportsMessageGoesWithTheNextEdit()
{
    OpensslFixtures fixtures;
    MainWindow* window = openExample();
    QVERIFY(window);
    const QString privateKey = m_dir.filePath(QStringLiteral("private.pem"));
    QVERIFY(writeFile(privateKey, fixtures.rsaPrivateKey()));
    importPublicKey(window, privateKey);
    QVERIFY(window->banner()->isVisible());

    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" (staging)"));
    QVERIFY2(!window->banner()->isVisible(), qPrintable(window->banner()->text()));
}

void TestGuiStatus::aNewMappingRowIsToFillInUntilEdited()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    const int row = table->model()->rowCount();
    table->clearSelection();
    table->setCurrentIndex({});
    window->findChild<QPushButton*>(QStringLiteral("mappingTableAddButton"))->click();
    QCOMPARE(table->model()->rowCount(), row + 1);
    const QModelIndex key = table->model()->index(row, 0);
    const QModelIndex field = table->model()->index(row, 1);
    QVERIFY2(showsToFillIn(key), qPrintable(key.data(Qt::ToolTipRole).toString()));
    QVERIFY2(showsToFillIn(field), qPrintable(field.data(Qt::ToolTipRole).toString()));
    // The diagnostics still list what is missing.
    const QString rowPath = QStringLiteral("/extra_values_mapping/%1").arg(row);
    QVERIFY(diagnosticPaths(window).contains(rowPath + QStringLiteral("/key")));
    // Nor the key's open editor nor the tab call it an error yet.
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY2(editor->accessibleDescription().startsWith(QStringLiteral("To fill in: ")),
             qPrintable(editor->accessibleDescription()));
    auto* sections = window->findChild<QTabWidget*>(QStringLiteral("sections"));
    QVERIFY2(!sections->tabText(0).contains(QLatin1Char('(')), qPrintable(sections->tabText(0)));

    // Typed in (the key cell is being edited): the row is judged as it is.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("order_id"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(window->document()->config().extraValuesMapping.at(row).key,
                 QStringLiteral("order_id"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY2(showsAnError(field), qPrintable(field.data(Qt::ToolTipRole).toString()));
}

void TestGuiStatus::aNewRowReadsAsAMistakeOnceASaveIsAttempted()
{
    const QString path = m_dir.filePath(QStringLiteral("new-row.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(exampleFile, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto* window = new MainWindow;
    window->loadFile(path);
    QVERIFY(showActive(window));
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    const int row = table->model()->rowCount();
    window->findChild<QPushButton*>(QStringLiteral("mappingTableAddButton"))->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const QModelIndex key = table->model()->index(table->model()->rowCount() - 1, 0);
    QCOMPARE(key.row(), row);
    QVERIFY(showsToFillIn(key));

    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(showsAnError(key), qPrintable(key.data(Qt::ToolTipRole).toString()));
}

void TestGuiStatus::aNewRs256KeyIsToFillInUntilEdited()
{
    OpensslFixtures fixtures;
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    window->findChild<QAction*>(QStringLiteral("addRs256KeyAction"))->trigger();
    auto* messages = window->findChild<QLabel*>(QStringLiteral("publicKeyMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY2(messages->accessibleName().startsWith(QStringLiteral("To fill in: ")),
             qPrintable(messages->accessibleName()));
    QVERIFY2(!messages->text().contains(QStringLiteral("diagnostic-error")),
             qPrintable(messages->text()));
    auto* keys = window->findChild<QAbstractItemView*>(QStringLiteral("jwtKeyList"));
    // The key table tells a key's problems in its last column.
    const QModelIndex problems = keys->currentIndex().siblingAtColumn(3);
    QVERIFY2(showsToFillIn(problems), qPrintable(problems.data(Qt::ToolTipRole).toString()));

    // Something typed that is no key: now it is a mistake.
    auto* publicKey = window->findChild<QPlainTextEdit*>(QStringLiteral("publicKeyEdit"));
    publicKey->setFocus();
    QTest::keyClicks(publicKey, QStringLiteral("not a key"));
    QVERIFY2(messages->accessibleName().startsWith(QStringLiteral("Error: ")),
             qPrintable(messages->accessibleName()));
}

void TestGuiStatus::startPageOpensARecentFileByKeyboard()
{
    const QString path = m_dir.filePath(QStringLiteral("recent.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(exampleFile, path));
    RecentFiles::add(path);
    auto* window = new MainWindow;
    window->showStartPage();
    QVERIFY(showActive(window));
    auto* startPage = window->findChild<QWidget*>(QStringLiteral("startPage"));
    QVERIFY(startPage->isVisible());
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("sections"))->isVisible());
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("diagnosticsDock"))->isVisible());
    auto* recent = window->findChild<QListWidget*>(QStringLiteral("recentFilesList"));
    QCOMPARE(recent->count(), 1);
    QVERIFY2(recent->item(0)->text().startsWith(QStringLiteral("recent.json")),
             qPrintable(recent->item(0)->text()));
    QCOMPARE(QApplication::focusWidget(), recent);

    QTest::keyClick(recent, Qt::Key_Return);
    QCOMPARE(window->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!startPage->isVisible());
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("sections"))->isVisible());
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("diagnosticsDock"))->isVisible());
    QCOMPARE(window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"))->text(),
             QStringLiteral("Website chat"));
}

void TestGuiStatus::startPageOpensAnExampleAsAnUntitledCopy()
{
    auto* window = new MainWindow;
    window->showStartPage();
    QVERIFY(showActive(window));
    // Without recent files, the examples have the focus; Tab order reaches them too.
    auto* noRecentFile = window->findChild<QLabel*>(QStringLiteral("noRecentFileLabel"));
    QVERIFY(noRecentFile->isVisible());
    auto* examples = window->findChild<QListWidget*>(QStringLiteral("examplesList"));
    // The note stands where the list would, level with the examples, under its own label.
    QVERIFY2(qAbs(noRecentFile->mapTo(window, QPoint()).y() -
                  examples->mapTo(window, QPoint()).y()) < noRecentFile->fontMetrics().height(),
             "the note on recent files is far from its label");
    QCOMPARE(QApplication::focusWidget(), examples);
    QCOMPARE(examples->count(), 2);
    QTest::keyClick(examples, Qt::Key_Down);
    QTest::keyClick(examples, Qt::Key_Return);
    QCOMPARE(window->document()->config().community.name, QStringLiteral("Support chat (draft)"));
    QVERIFY(window->filePath().isEmpty());
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Untitled")));
    QVERIFY(window->findChild<QWidget*>(QStringLiteral("sections"))->isVisible());
    QVERIFY(window->banner()->isVisible());
    QVERIFY2(window->banner()->text().contains(QStringLiteral("untitled copy")),
             qPrintable(window->banner()->text()));
}

void TestGuiStatus::startPageNewShowsAnEmptyConfigurationWithHints()
{
    auto* window = new MainWindow;
    window->showStartPage();
    QVERIFY(showActive(window));
    auto* newButton = window->findChild<QPushButton*>(QStringLiteral("startNewButton"));
    QVERIFY(newButton->isVisible());
    QTest::keyClick(window, Qt::Key_N, Qt::AltModifier); // the button clicks after a moment
    QTRY_VERIFY(window->findChild<QWidget*>(QStringLiteral("sections"))->isVisible());
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    QCOMPARE(QApplication::focusWidget(), name);
    QVERIFY(name->text().isEmpty());
    // The hint reads as a hint, never as the name of a community.
    QVERIFY2(name->placeholderText().startsWith(QStringLiteral("Community name")),
             qPrintable(name->placeholderText()));
}

void TestGuiStatus::startPagePullAsksForAServerFirst()
{
    auto* window = new MainWindow;
    window->showStartPage();
    QVERIFY(showActive(window));
    window->findChild<QPushButton*>(QStringLiteral("startPullButton"))->click();
    QWidget* dialog = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == QLatin1String("connectionDialog"))
            dialog = widget;
    }
    QVERIFY(dialog);
    dialog->close();
}

QTEST_MAIN(TestGuiStatus)
#include "test_gui_status.moc"
