// The main window by keyboard alone: F8 and Escape for the diagnostics, Ctrl+1/2/3 to the
// page's main control, the Add key menu, the close prompt's mnemonics, a diagnostic for a
// member the application does not know, and the file choosers' names and filters.

#include "document/config_document.h"
#include "document/diagnostic_list_model.h"
#include "main_window.h"
#include "prompts.h"
#include "recent_files.h"
#include "support/main_windows.h"
#include "support/test_files.h"
#include "text/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");

// Runs `act` on the modal dialog of type T as soon as it is shown (the test's thread is then
// inside the dialog's own event loop), and gives it up after a while so that a test of code
// that never shows the dialog fails instead of hanging.
template <typename T> void whenShown(std::function<void(T*)> act, int attemptsLeft = 1000)
{
    QTimer::singleShot(10, [act, attemptsLeft] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attemptsLeft > 0)
            whenShown<T>(act, attemptsLeft - 1);
    });
}

// A main window that counts the events its event filter is shown of objects outside it: the
// filter is for its own text fields' keys.
class WatchCountingWindow : public MainWindow
{
public:
    int foreignEvents = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget || widget->window() != this)
            ++foreignEvents;
        return MainWindow::eventFilter(watched, event);
    }
};

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void f8FocusesTheDiagnosticsAndEscapeReturns();
    void ctrlNumberFocusesThePageMainControl();
    void addKeyMenuChosenByKeyboardDoesNotReopen();
    void closePromptHasMnemonics();
    void unknownMemberDiagnosticSaysWhereItIs();
    void saveAsAddsTheJsonExtension();
    void openDialogFiltersConfigurations();
    void windowsDoNotWatchEachOthersKeys();
    void undoInAFilterBoxUndoesTheFilterNotTheDocument();

private:
    MainWindow* openExample(const QString& path = exampleFile);

    QTemporaryDir m_dir;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(QLocale(QLocale::English), {QStringLiteral(ENGAGE_QM_DIR)}));
    QVERIFY(m_dir.isValid());
}

void TestKeyboard::cleanup()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMenu*>(widget) && widget->isVisible())
            widget->close();
    }
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
    RecentFiles::clear();
}

MainWindow* TestKeyboard::openExample(const QString& path)
{
    auto* window = new MainWindow;
    window->loadFile(path);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window) ? window : nullptr;
}

void TestKeyboard::f8FocusesTheDiagnosticsAndEscapeReturns()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    auto* accept = window->findChild<QRadioButton*>(QStringLiteral("acceptRadio"));
    auto* diagnostics = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    accept->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), accept);
    const QString mode = window->document()->config().signedIdentities;

    QTest::keyClick(accept, Qt::Key_F8);
    QVERIFY(diagnostics->isVisible());
    QCOMPARE(QApplication::focusWidget(), diagnostics);
    // Down moves in the diagnostics, not from Accept to Reject.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(window->document()->config().signedIdentities, mode);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), accept);
    QVERIFY(diagnostics->isVisible());

    // F8 twice: to the panel, then the panel hidden and the focus back where it was.
    QTest::keyClick(accept, Qt::Key_F8);
    QCOMPARE(QApplication::focusWidget(), diagnostics);
    QTest::keyClick(diagnostics, Qt::Key_F8);
    QVERIFY(!diagnostics->isVisible());
    QCOMPARE(QApplication::focusWidget(), accept);
    QCOMPARE(window->document()->config().signedIdentities, mode);

    // F8 on a hidden panel shows it.
    QTest::keyClick(accept, Qt::Key_F8);
    QVERIFY(diagnostics->isVisible());
    QCOMPARE(QApplication::focusWidget(), diagnostics);
}

void TestKeyboard::ctrlNumberFocusesThePageMainControl()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    auto* mapping = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    auto* name = window->findChild<QWidget*>(QStringLiteral("communityNameEdit"));
    const int rows = mapping->model()->rowCount();

    name->setFocus(Qt::TabFocusReason);
    QTest::keyClick(name, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(),
             window->findChild<QWidget*>(QStringLiteral("jwtKeyList")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(),
             window->findChild<QWidget*>(QStringLiteral("requireRadio"))); // the checked one

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), mapping);
    // Insert works at once: a row is added and its first cell is being edited.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert);
    QCOMPARE(mapping->model()->rowCount(), rows + 1);
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    QVERIFY(mapping->isAncestorOf(QApplication::focusWidget()));
}

void TestKeyboard::addKeyMenuChosenByKeyboardDoesNotReopen()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* add = window->findChild<QPushButton*>(QStringLiteral("jwtKeyListAddButton"));
    const qsizetype keys = window->document()->config().jwtKeys.size();

    // The first time the menu shows, Down and Enter choose its first item; should it show
    // again, it is counted and closed.
    int shown = 0;
    QTimer menuWatch;
    connect(&menuWatch, &QTimer::timeout, [&shown] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        if (++shown == 1) {
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Enter);
        } else {
            menu->close();
        }
    });
    menuWatch.start(10);
    // The button's mnemonic, as a person reaches it from anywhere on the page.
    QTest::keySequence(window, QKeySequence::mnemonic(add->text()));
    QTRY_COMPARE(window->document()->config().jwtKeys.size(), keys + 1);
    // A mnemonic presses the button for 100 ms before it clicks: wait past that click.
    QTest::qWait(400);
    menuWatch.stop();
    QCOMPARE(shown, 1);
    QCOMPARE(window->document()->config().jwtKeys.size(), keys + 1);
}

void TestKeyboard::closePromptHasMnemonics()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    window->document()->setSignedIdentities(SignedIdentities::accept);
    QStringList buttonTexts;
    bool stayedOpen = false;
    whenShown<QMessageBox>([&buttonTexts, &stayedOpen](QMessageBox* box) {
        for (QAbstractButton* button : box->buttons())
            buttonTexts.append(button->text());
        QVERIFY(QTest::qWaitForWindowActive(box));
        // Where the keyboard is: the box's focused button (a slow build may not have moved the
        // focus into the box by the time it is shown).
        QTRY_VERIFY(box->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier); // Don't Save
        // A mnemonic presses its button for a moment before it clicks.
        stayedOpen = !QTest::qWaitFor([box] { return !box->isVisible(); });
        if (stayedOpen)
            box->reject();
    });
    window->close();
    buttonTexts.sort();
    QCOMPARE(buttonTexts, (QStringList{QStringLiteral("&Don't Save"), QStringLiteral("&Save"),
                                       QStringLiteral("Cancel")}));
    QVERIFY2(!stayedOpen, "Alt+D did not answer the prompt");
    QVERIFY(!window->isVisible());
}

void TestKeyboard::unknownMemberDiagnosticSaysWhereItIs()
{
    const QString path = m_dir.filePath(QStringLiteral("unknown-member.json"));
    QByteArray bytes = readAll(exampleFile);
    bytes.replace("\"signed_identities\"", "\"colour\": \"blue\",\n  \"signed_identities\"");
    writeAll(path, bytes);
    MainWindow* window = openExample(path);
    QVERIFY(window);
    auto* diagnostics = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    QModelIndex unknown;
    for (int row = 0; row < diagnostics->model()->rowCount(); ++row) {
        const QModelIndex index = diagnostics->model()->index(row, 0);
        if (index.data(DiagnosticListModel::PathRole).toString() == QLatin1String("/colour"))
            unknown = index;
    }
    QVERIFY(unknown.isValid());

    prompts::answerNextQuestion(QMessageBox::Ok);
    QTest::keyClick(window, Qt::Key_F8);
    diagnostics->setCurrentIndex(unknown);
    QTest::keyClick(diagnostics, Qt::Key_Return);
    QVERIFY2(prompts::allAnswersUsed(), "activating the diagnostic said nothing");
    const QString said = prompts::lastAnsweredQuestion();
    QVERIFY2(said.contains(QLatin1String("\"colour\"")) && said.contains(QLatin1String("line 9")) &&
                 said.contains(QLatin1String("kept as it is")),
             qPrintable(said));
}

void TestKeyboard::saveAsAddsTheJsonExtension()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    const QString typed = m_dir.filePath(QStringLiteral("typed-without-extension"));
    prompts::answerNextFileChooser(typed);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFileInfo::exists(typed + QStringLiteral(".json")));
    QVERIFY(!QFileInfo::exists(typed));
    QCOMPARE(window->filePath(), typed + QStringLiteral(".json"));
}

void TestKeyboard::openDialogFiltersConfigurations()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    QStringList filters;
    whenShown<QFileDialog>([&filters](QFileDialog* chooser) {
        filters = chooser->nameFilters();
        chooser->reject();
    });
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(filters, (QStringList{QStringLiteral("Engage configuration (*.json)"),
                                   QStringLiteral("All files (*)")}));
}

void TestKeyboard::windowsDoNotWatchEachOthersKeys()
{
    auto* first = new WatchCountingWindow;
    first->loadFile(exampleFile);
    first->show();
    first->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(first));
    auto* firstName = first->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    firstName->setFocus();
    QTest::keyClicks(firstName, QStringLiteral(" (one)"));
    QTest::keyClick(firstName, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(firstName->text(), QStringLiteral("Website chat"));
    QVERIFY(first->document()->undoStack()->canRedo());

    MainWindow* second = openExample();
    QVERIFY(second);
    auto* secondName = second->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    secondName->setFocus();
    QCOMPARE(QApplication::focusWidget(), secondName);
    first->foreignEvents = 0;
    QTest::keyClicks(secondName, QStringLiteral(" (two)"));
    QTest::keyClick(secondName, Qt::Key_Z, Qt::ControlModifier);
    // Ctrl+Z undid the second window's document (its typing was one step), and the first
    // window neither saw the keys nor changed.
    QCOMPARE(secondName->text(), QStringLiteral("Website chat"));
    QVERIFY(!second->document()->undoStack()->canUndo());
    QCOMPARE(first->foreignEvents, 0);
    QCOMPARE(firstName->text(), QStringLiteral("Website chat"));
    QVERIFY(first->document()->undoStack()->canRedo());
}

// A table's filter box edits no document: Ctrl+Z there takes back the filter's own typing and
// leaves the document's last edit alone.
void TestKeyboard::undoInAFilterBoxUndoesTheFilterNotTheDocument()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral(" (one)"));
    QCOMPARE(name->text(), QStringLiteral("Website chat (one)"));
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("mappingTableFilter"));
    QVERIFY(filter);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("cell"));
    QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(window->document()->config().community.name, QStringLiteral("Website chat (one)"));
}

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
