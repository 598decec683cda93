// Windows that fit the screen (issue 14 item 11): the first window within the available
// screen, the mapping table with the height to spare, size and splitters remembered per user,
// a second window cascaded from the first, and the Window menu. The real windows on the
// offscreen platform, whose screen (800×600) is smaller than the window's preferred size.

#include "document/config_document.h"
#include "main_window.h"
#include "prompts.h"
#include "recent_files.h"
#include "support/main_windows.h"
#include "window_placement.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
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

// How many whole rows a table shows.
int visibleRows(const QTableView* view)
{
    return view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
}

QStringList menuTexts(const QMenu* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions())
        texts.append(action->text());
    return texts;
}

// The Window menu as the person sees it: opened with its mnemonic.
QMenu* openWindowMenu(MainWindow* window)
{
    auto* menu = window->findChild<QMenu*>(QStringLiteral("windowMenu"));
    if (!menu)
        return nullptr;
    QTest::keyClick(window, Qt::Key_W, Qt::AltModifier);
    return QTest::qWaitForWindowExposed(menu) ? menu : nullptr;
}

} // namespace

class TestWindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstWindowFitsTheAvailableScreen();
    void fittedSizeAtAScaleFactorOfOneAndAHalf();
    void mappingTableTakesTheHeightAt1024x640();
    void sizeAndSplittersAreRememberedPerUser();
    void secondWindowCascadesAndStaysOnScreen();
    void windowMenuListsAndSwitchesTheOpenDocuments();

private:
    QTemporaryDir m_dir;
};

void TestWindowPlacement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWindowPlacement::init()
{
    // No size or splitter left by an earlier test or run.
    QFile::remove(RecentFiles::settingsPath());
}

void TestWindowPlacement::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

void TestWindowPlacement::firstWindowFitsTheAvailableScreen()
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    QVERIFY(showActive(window));
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1×%2 at %3,%4 on a screen of %5×%6")
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestWindowPlacement::fittedSizeAtAScaleFactorOfOneAndAHalf()
{

    // A 1400×900 screen at QT_SCALE_FACTOR=1.5 offers 933×600 device-independent pixels.
    const QSize available(1400 * 2 / 3, 900 * 2 / 3);
    const QSize size = WindowPlacement::fitted(QSize(1100, 760), available);
    QVERIFY(size.width() <= available.width() && size.height() <= available.height());
    // A large screen gets the preferred size.
    QCOMPARE(WindowPlacement::fitted(QSize(1100, 760), QSize(2560, 1400)), QSize(1100, 760));
}

void TestWindowPlacement::mappingTableTakesTheHeightAt1024x640()
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    window->resize(1024, 640);
    QVERIFY(showActive(window));
    auto* mapping = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    auto* fields = window->findChild<QTableView*>(QStringLiteral("customFieldTable"));
    auto* diagnostics = window->findChild<QTreeView*>(QStringLiteral("diagnosticsView"));
    const QString heights = QStringLiteral("mapping %1, catalogue %2, diagnostics %3")
                                .arg(mapping->viewport()->height())
                                .arg(fields->viewport()->height())
                                .arg(diagnostics->viewport()->height());
    QVERIFY2(visibleRows(mapping) >= 7, qPrintable(heights));
    QVERIFY2(mapping->viewport()->height() >= 2 * fields->viewport()->height(),
             qPrintable(heights));
    QVERIFY2(mapping->viewport()->height() >= 2 * diagnostics->viewport()->height(),
             qPrintable(heights));
}

void TestWindowPlacement::sizeAndSplittersAreRememberedPerUser()
{
    auto* first = new MainWindow;
    QVERIFY(showActive(first));
    // A size the person chose: smaller than the first one, larger than the smallest possible.
    const QSize chosen(first->minimumSizeHint().width() + 40,
                       first->minimumSizeHint().height() + 8);
    QVERIFY(first->screen()->availableGeometry().contains(QRect(QPoint(0, 0), chosen)));
    QVERIFY(chosen != first->size());
    first->resize(chosen);
    QTRY_COMPARE(first->size(), chosen);
    auto* splitter = first->findChild<QSplitter*>(QStringLiteral("mappingSplitter"));
    QVERIFY(splitter);
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({total / 2 - 10, total / 2 + 10});
    const QList<int> split = splitter->sizes();
    first->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    auto* next = new MainWindow;
    QVERIFY(showActive(next));
    QCOMPARE(next->size(), chosen);
    QCOMPARE(next->findChild<QSplitter*>(QStringLiteral("mappingSplitter"))->sizes(), split);
}

void TestWindowPlacement::secondWindowCascadesAndStaysOnScreen()
{
    auto* first = new MainWindow;
    QVERIFY(showActive(first));
    const QRect available = first->screen()->availableGeometry();
    QTest::keyClick(first, Qt::Key_N, Qt::ControlModifier); // File > New
    QList<MainWindow*> windows = openWindows();
    QCOMPARE(windows.size(), 2);
    MainWindow* second = windows.at(0) == first ? windows.at(1) : windows.at(0);
    QVERIFY(showActive(second));
    QCOMPARE(second->frameGeometry().topLeft(),
             first->frameGeometry().topLeft() +
                 QPoint(WindowPlacement::cascadeStep, WindowPlacement::cascadeStep));
    QVERIFY(available.contains(second->frameGeometry()));

    // Further windows stay on the screen, back at its top left when the next step would leave.
    for (int more = 0; more < 4; ++more) {
        QTest::keyClick(QApplication::activeWindow(), Qt::Key_N, Qt::ControlModifier);
        for (MainWindow* window : openWindows()) {
            QVERIFY(showActive(window) || window->isVisible());
            QVERIFY(available.contains(window->frameGeometry()));
        }
    }
}

void TestWindowPlacement::windowMenuListsAndSwitchesTheOpenDocuments()
{
    auto* first = new MainWindow;
    first->loadFile(exampleFile);
    QVERIFY(showActive(first));
    QTest::keyClick(first, Qt::Key_N, Qt::ControlModifier);
    MainWindow* second = nullptr;
    for (MainWindow* window : openWindows()) {
        if (window != first)
            second = window;
    }
    QVERIFY(second && showActive(second));

    QMenu* menu = openWindowMenu(second);
    QVERIFY(menu);
    QCOMPARE(menuTexts(menu),
             (QStringList{QStringLiteral("&1 website-chat.json"), QStringLiteral("&2 Untitled")}));
    QVERIFY(menu->actions().at(0)->isCheckable());
    QVERIFY(!menu->actions().at(0)->isChecked());
    QVERIFY(menu->actions().at(1)->isChecked());
    // Its mnemonic brings the first window up.
    QTest::keyClick(menu, Qt::Key_1);
    QTRY_COMPARE(QApplication::activeWindow(), first);

    // A rename and a close show the next time the menu opens.
    prompts::answerNextFileChooser(m_dir.filePath(QStringLiteral("renamed.json")));
    QVERIFY(second->saveAs());
    menu = openWindowMenu(first);
    QVERIFY(menu);
    QCOMPARE(menuTexts(menu), (QStringList{QStringLiteral("&1 website-chat.json"),
                                           QStringLiteral("&2 renamed.json")}));
    QVERIFY(menu->actions().at(0)->isChecked());
    QTest::keyClick(menu, Qt::Key_Escape);
    second->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    menu = openWindowMenu(first);
    QVERIFY(menu);
    QCOMPARE(menuTexts(menu), QStringList{QStringLiteral("&1 website-chat.json")});
    QTest::keyClick(menu, Qt::Key_Escape);
}

QTEST_MAIN(TestWindowPlacement)
#include "test_window_placement.moc"
