// Big configurations made navigable (issue 14 item 9): the filter above each list, sortable
// columns, edits through a sorted or filtered view, the key table, the tabs' error counts and
// Add row at the end. The real window on the offscreen platform, driven by keys and clicks.

#include "document/config_document.h"
#include "document/mapping_table_model.h"
#include "main_window.h"
#include "recent_files.h"
#include "support/main_windows.h"
#include "text/translations.h"

#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");
const QString needsAttentionFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/needs-attention.json");

// What a view shows in one column, top to bottom.
QStringList shownColumn(const QAbstractItemView* view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts.append(view->model()->index(row, column).data().toString());
    return texts;
}

QStringList mappingKeys(const ConfigDocument* document)
{
    QStringList keys;
    for (const MappingRow& row : document->config().extraValuesMapping)
        keys.append(row.key);
    return keys;
}

void clickHeader(QHeaderView* header, int section)
{
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(section) + 4, header->height() / 2));
}

void clickCell(QTableView* view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlFFiltersTheMappingInAnyColumnWhateverTheCase();
    void editsThroughASortedViewReachTheRowsShown();
    void addRowAppendsAtTheEndWhenNothingIsSelected();
    void addRowInsertsAfterTheSelectedRow();
    void catalogueSortsByAnyColumn();
    void keyListIsATableEditedInTheKeyEditor();
    void diagnosticsFilterKeepsActivationWorking();
    void tabsCountTheirErrors();

private:
    MainWindow* open(const QString& path);
};

void TestTables::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(QLocale(QLocale::English), {QStringLiteral(ENGAGE_QM_DIR)}));
}

void TestTables::init()
{
    RecentFiles::clear();
}

void TestTables::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

MainWindow* TestTables::open(const QString& path)
{
    auto* window = new MainWindow;
    window->loadFile(path);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window) ? window : nullptr;
}

void TestTables::ctrlFFiltersTheMappingInAnyColumnWhateverTheCase()
{
    MainWindow* window = open(exampleFile);
    QVERIFY(window);
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    table->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("mappingTableFilter"));
    QVERIFY(filter);
    QCOMPARE(QApplication::focusWidget(), filter);
    QVERIFY(filter->isClearButtonEnabled());
    QVERIFY(!filter->accessibleName().isEmpty());

    // "Loyalty tier" is the label the destination column shows for the key "tier".
    QTest::keyClicks(filter, QStringLiteral("LOYALTY"));
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), QStringList{QStringLiteral("tier")});
    filter->clear();
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), mappingKeys(window->document()));

    // Ctrl+F in the catalogue goes to the catalogue's own filter.
    auto* fields = window->findChild<QTableView*>(QStringLiteral("customFieldTable"));
    fields->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(fields, Qt::Key_F, Qt::ControlModifier);
    auto* fieldFilter = window->findChild<QLineEdit*>(QStringLiteral("customFieldTableFilter"));
    QCOMPARE(QApplication::focusWidget(), fieldFilter);
    QTest::keyClicks(fieldFilter, QStringLiteral("customer"));
    QCOMPARE(fields->model()->rowCount(), 1);
}

void TestTables::editsThroughASortedViewReachTheRowsShown()
{
    MainWindow* window = open(exampleFile);
    QVERIFY(window);
    ConfigDocument* document = window->document();
    const QStringList fileOrder = mappingKeys(document);
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    // The file's order until a header is clicked; twice sorts descending.
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), fileOrder);
    clickHeader(table->horizontalHeader(), MappingTableModel::KeyColumn);
    clickHeader(table->horizontalHeader(), MappingTableModel::KeyColumn);
    QStringList descending = fileOrder;
    std::sort(descending.begin(), descending.end(), std::greater<>());
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), descending);

    // Delete removes the row shown, not the row at that place in the file.
    clickCell(table, 0, MappingTableModel::KeyColumn);
    QTest::keyClick(table, Qt::Key_Delete);
    QStringList withoutFirst = fileOrder;
    withoutFirst.removeAll(descending.first());
    QCOMPARE(mappingKeys(document), withoutFirst);
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), descending.mid(1));

    // Undo puts it back where it was in the file; the view stays sorted.
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mappingKeys(document), fileOrder);
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), descending);

    // A third click goes back to the file's order.
    clickHeader(table->horizontalHeader(), MappingTableModel::KeyColumn);
    QCOMPARE(shownColumn(table, MappingTableModel::KeyColumn), fileOrder);
}

void TestTables::addRowAppendsAtTheEndWhenNothingIsSelected()
{
    MainWindow* window = open(exampleFile);
    QVERIFY(window);
    const QStringList before = mappingKeys(window->document());
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    // Tab into the table: a cell becomes current, but no row was chosen.
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(!table->selectionModel()->hasSelection());
    window->findChild<QPushButton*>(QStringLiteral("mappingTableAddButton"))->click();
    QCOMPARE(mappingKeys(window->document()), before + QStringList{QString()});
    QCOMPARE(table->currentIndex().row(), int(before.size()));
}

void TestTables::addRowInsertsAfterTheSelectedRow()
{
    MainWindow* window = open(exampleFile);
    QVERIFY(window);
    QStringList expected = mappingKeys(window->document());
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    // In a filtered view: the filter is cleared so that the new row is seen.
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("mappingTableFilter"));
    QTest::keyClicks(filter, QStringLiteral("email"));
    QCOMPARE(table->model()->rowCount(), 1);
    clickCell(table, 0, MappingTableModel::KeyColumn);
    QTest::keyClick(table, Qt::Key_Insert);
    expected.insert(expected.indexOf(QStringLiteral("email_address")) + 1, QString());
    QCOMPARE(mappingKeys(window->document()), expected);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(table->currentIndex().row(),
             int(expected.indexOf(QStringLiteral("email_address"))) + 1);
    // The new row's key is being edited.
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    QVERIFY(table->isAncestorOf(QApplication::focusWidget()));
}

void TestTables::catalogueSortsByAnyColumn()
{
    MainWindow* window = open(exampleFile);
    QVERIFY(window);
    auto* fields = window->findChild<QTableView*>(QStringLiteral("customFieldTable"));
    const QStringList fileOrder = shownColumn(fields, 1);
    QCOMPARE(fileOrder,
             (QStringList{QStringLiteral("Customer id"), QStringLiteral("Loyalty tier")}));
    clickHeader(fields->horizontalHeader(), 1);
    clickHeader(fields->horizontalHeader(), 1);
    QCOMPARE(shownColumn(fields, 1),
             (QStringList{QStringLiteral("Loyalty tier"), QStringLiteral("Customer id")}));
    // Moving a row in the file cannot be seen in a sorted view.
    clickCell(fields, 1, 1);
    QVERIFY(
        !window->findChild<QPushButton*>(QStringLiteral("customFieldTableUpButton"))->isEnabled());
}

void TestTables::keyListIsATableEditedInTheKeyEditor()
{
    MainWindow* window = open(exampleFile);
    QVERIFY(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* keys = window->findChild<QTableView*>(QStringLiteral("jwtKeyList"));
    QVERIFY(keys);
    QStringList headers;
    for (int column = 0; column < keys->model()->columnCount(); ++column)
        headers.append(keys->model()->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("ID"), QStringLiteral("Algorithm"),
                                   QStringLiteral("Size or secret"), QStringLiteral("Problems")}));
    QCOMPARE(shownColumn(keys, 0),
             (QStringList{QStringLiteral("prod"), QStringLiteral("rsa_2026")}));
    QCOMPARE(shownColumn(keys, 1), (QStringList{QStringLiteral("HS256"), QStringLiteral("RS256")}));
    QCOMPARE(shownColumn(keys, 2),
             (QStringList{QStringLiteral("secret set"), QStringLiteral("2048-bit")}));

    // Sorted by ID descending, the first row is rsa_2026 and the editor follows the click.
    clickHeader(keys->horizontalHeader(), 0);
    clickHeader(keys->horizontalHeader(), 0);
    clickCell(keys, 0, 0);
    auto* id = window->findChild<QLineEdit*>(QStringLiteral("keyIdEdit"));
    QCOMPARE(id->text(), QStringLiteral("rsa_2026"));
    // An edit in the editor reaches that key and shows in the table.
    id->setFocus(Qt::MouseFocusReason);
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("rsa_2027"));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(window->document()->config().jwtKeys.at(1).id, QStringLiteral("rsa_2027"));
    QCOMPARE(window->document()->config().jwtKeys.at(0).id, QStringLiteral("prod"));
    QVERIFY(shownColumn(keys, 0).contains(QStringLiteral("rsa_2027")));

    // Its filter, from Ctrl+F.
    QTest::keyClick(keys, Qt::Key_F, Qt::ControlModifier);
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("jwtKeyListFilter"));
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("hs256"));
    QCOMPARE(shownColumn(keys, 0), QStringList{QStringLiteral("prod")});
}

void TestTables::diagnosticsFilterKeepsActivationWorking()
{
    MainWindow* window = open(needsAttentionFile);
    QVERIFY(window);
    auto* view = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    const int all = view->model()->rowCount();
    QVERIFY(all > 2);
    view->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("diagnosticsViewFilter"));
    QCOMPARE(QApplication::focusWidget(), filter);
    // The location column names the key " phone" of the mapping.
    QTest::keyClicks(filter, QStringLiteral("JWT KEY"));
    const int shown = view->model()->rowCount();
    QVERIFY(shown > 0 && shown < all);
    for (int row = 0; row < shown; ++row) {
        QString line;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            line += view->model()->index(row, column).data().toString();
        QVERIFY2(line.contains(QStringLiteral("jwt key"), Qt::CaseInsensitive), qPrintable(line));
    }
    // Enter on a filtered line takes the person to that key.
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto* sections = window->findChild<QTabWidget*>(QStringLiteral("sections"));
    QCOMPARE(sections->currentIndex(), 2);
}

void TestTables::tabsCountTheirErrors()
{
    MainWindow* window = open(needsAttentionFile);
    QVERIFY(window);
    auto* sections = window->findChild<QTabWidget*>(QStringLiteral("sections"));
    // The errors under each page's lists, counted here from the document's diagnostics.
    const auto errorsUnder = [window](const QStringList& prefixes) {
        int count = 0;
        for (const Diagnostic& diagnostic : window->document()->diagnostics()) {
            for (const QString& prefix : prefixes) {
                if (diagnostic.severity() == Severity::Error &&
                    diagnostic.path.startsWith(prefix + QLatin1Char('/')))
                    ++count;
            }
        }
        return count;
    };
    const int mappingErrors =
        errorsUnder({QStringLiteral("/extra_values_mapping"), QStringLiteral("/custom_fields")});
    const int keyErrors = errorsUnder({QStringLiteral("/jwt_keys")});
    QVERIFY(mappingErrors > 0 && keyErrors > 0);
    QCOMPARE(sections->tabText(0), QStringLiteral("Extra values &mapping (%1)").arg(mappingErrors));
    QCOMPARE(sections->tabText(2), QStringLiteral("JWT &keys (%1)").arg(keyErrors));
    QCOMPARE(sections->tabText(1), QStringLiteral("&Signed identities"));
    QVERIFY(!sections->tabIcon(0).isNull());
    QVERIFY(sections->tabIcon(1).isNull());
    QCOMPARE(sections->tabBar()->accessibleTabName(2),
             QStringLiteral("JWT keys: %1 error%2").arg(keyErrors).arg(keyErrors == 1 ? "" : "s"));

    // Fixing a key's ID in the key editor lowers the count at once.
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    auto* id = window->findChild<QLineEdit*>(QStringLiteral("keyIdEdit"));
    QCOMPARE(id->text(), QStringLiteral("Prod Key"));
    id->setFocus(Qt::MouseFocusReason);
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("prod"));
    QTest::keyClick(id, Qt::Key_Return);
    const int fewer = errorsUnder({QStringLiteral("/jwt_keys")});
    QVERIFY(fewer < keyErrors);
    QCOMPARE(sections->tabText(2), fewer == 0 ? QStringLiteral("JWT &keys")
                                              : QStringLiteral("JWT &keys (%1)").arg(fewer));
}

QTEST_MAIN(TestTables)
#include "test_tables.moc"
