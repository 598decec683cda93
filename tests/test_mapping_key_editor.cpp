// A mapping key cell while the administrator types in it (issue 14 item 10): the real main
// window on the offscreen platform, the editor opened by keyboard, its problems shown before
// the editor closes and before anything is committed.

#include "main_window.h"
#include "support/main_windows.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");

// What the person sees of the key being typed: the icon inside the editor, and the messages
// its tooltip and screen readers give. Empty when the icon is not shown.
QString shownProblems(QLineEdit* editor)
{
    const auto* icon = editor->findChild<QAction*>(QStringLiteral("diagnosticIcon"));
    if (!icon || !icon->isVisible() || icon->icon().isNull())
        return {};
    return editor->accessibleDescription();
}

} // namespace

class TestMappingKeyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
    }

    void problemsShowWhileTyping()
    {
        auto* window = new MainWindow;
        window->loadFile(exampleFile);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const QList<MappingRow> rowsBefore = window->document()->config().extraValuesMapping;

        // The key of the second row ("email_address"), edited by keyboard.
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        QVERIFY(shownProblems(editor).isEmpty());

        // The key of the first row: a duplicate, said at once.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("cell_number"));
        QVERIFY2(shownProblems(editor).contains(
                     QStringLiteral("The key \"cell_number\" is already mapped at "
                                    "/extra_values_mapping/0")),
                 qPrintable(shownProblems(editor)));
        QVERIFY(editor->toolTip().contains(QStringLiteral("already mapped")));

        // Erased: empty.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QVERIFY2(shownProblems(editor).contains(QStringLiteral("The extra value key is empty")),
                 qPrintable(shownProblems(editor)));

        // A trailing space.
        QTest::keyClicks(editor, QStringLiteral("order_id "));
        QVERIFY2(shownProblems(editor).contains(QStringLiteral("starts or ends with white space")),
                 qPrintable(shownProblems(editor)));

        // Fixed: the icon goes, still before the editor closes.
        QTest::keyClick(editor, Qt::Key_Backspace);
        QCOMPARE(shownProblems(editor), QString());

        // Nothing was committed while typing; Escape leaves the row as it was.
        QCOMPARE(window->document()->config().extraValuesMapping, rowsBefore);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(window->document()->config().extraValuesMapping, rowsBefore);
    }
};

QTEST_MAIN(TestMappingKeyEditor)
#include "test_mapping_key_editor.moc"
