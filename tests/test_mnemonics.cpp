// Alt+letter must do one thing: in every window the main window opens, on every page of its
// tabs and for the key editor of each algorithm, no two visible controls (menu bar titles and
// tab titles included) share a mnemonic, nor two items of one menu. In English and in French,
// loaded as the application loads them. The walk finds the controls; it lists none of them.

#include "config/config_file.h"
#include "main_window.h"
#include "support/main_windows.h"
#include "text/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");

// The letter Alt takes to a control with this text, or none ("&&" is a literal ampersand).
QString mnemonicOf(const QString& text)
{
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    if (mnemonic.isEmpty())
        return QString();
    return QKeySequence(mnemonic[0].key()).toString().toUpper();
}

// Who holds which letter in one context, and the clashes found there.
class MnemonicContext
{
public:
    explicit MnemonicContext(QString where) : m_where(std::move(where)) {}

    void add(const QString& kind, const QString& text)
    {
        const QString letter = mnemonicOf(text);
        if (letter.isEmpty())
            return;
        const QString holder = QStringLiteral("%1 \"%2\"").arg(kind, text);
        if (m_holders.contains(letter)) {
            m_clashes.append(QStringLiteral("%1: Alt+%2 is both %3 and %4")
                                 .arg(m_where, letter, m_holders.value(letter).first(), holder));
        }
        m_holders[letter].append(holder);
    }

    const QStringList& clashes() const { return m_clashes; }

private:
    QString m_where;
    QMap<QString, QStringList> m_holders;
    QStringList m_clashes;
};

// The items of one menu, a context of its own (its submenus are walked as menus too).
QStringList menuClashes(QMenu* menu)
{
    emit menu->aboutToShow(); // menus filled when opened (Open Recent) get their items
    MnemonicContext context(QStringLiteral("menu \"%1\"").arg(menu->title()));
    for (QAction* action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator())
            context.add(QStringLiteral("item"), action->text());
    }
    return context.clashes();
}

// The clashes among what the window shows now: one context for the whole window, as Qt
// gives a mnemonic to the first control of the window that has it.
QStringList windowClashes(QWidget* window, const QString& where)
{
    MnemonicContext context(where);
    QStringList clashes;
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window)) {
        for (QAction* menu : mainWindow->menuBar()->actions())
            context.add(QStringLiteral("menu"), menu->text());
    }
    // Every menu of the window: the menu bar's, their submenus, the buttons' and the pages'.
    for (QMenu* menu : window->findChildren<QMenu*>())
        clashes += menuClashes(menu);
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            context.add(QStringLiteral("button"), button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            context.add(QStringLiteral("label"), label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            context.add(QStringLiteral("group"), group->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                context.add(QStringLiteral("tab"), tabs->tabText(tab));
        }
    }
    return context.clashes() + clashes;
}

// The window on each page of each of its tab widgets, and with each JWT key selected (the key
// editor shows what the key's algorithm needs).
QStringList clashesOnEveryPage(QWidget* window, const QString& where)
{
    const QList<QTabWidget*> tabWidgets = window->findChildren<QTabWidget*>();
    QStringList clashes = tabWidgets.isEmpty() ? windowClashes(window, where) : QStringList();
    for (QTabWidget* tabs : tabWidgets) {
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            const QString onPage = where + QStringLiteral(", page ") + tabs->tabText(page);
            clashes += windowClashes(window, onPage);
            auto* keys =
                tabs->widget(page)->findChild<QAbstractItemView*>(QStringLiteral("jwtKeyList"));
            for (int row = 0; keys && row < keys->model()->rowCount(); ++row) {
                keys->setCurrentIndex(keys->model()->index(row, 0));
                clashes +=
                    windowClashes(window, onPage + QStringLiteral(", key ") +
                                              keys->model()->index(row, 0).data().toString());
            }
        }
    }
    clashes.removeDuplicates();
    return clashes;
}

QWidget* otherVisibleWindow(QWidget* mainWindow)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget != mainWindow && widget->isVisible() && !qobject_cast<QMenu*>(widget))
            return widget;
    }
    return nullptr;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void noTwoControlsShareAMnemonic_data();
    void noTwoControlsShareAMnemonic();
    void altLettersReachTheMenus();
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMnemonics::cleanup()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(widget) && widget->isVisible())
            widget->close();
    }
    QVERIFY(closeWindowsAndCheckAnswers());
    removeTranslators();
}

void TestMnemonics::noTwoControlsShareAMnemonic_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("English") << QLocale::English;
    QTest::newRow("French") << QLocale::French;
}

void TestMnemonics::noTwoControlsShareAMnemonic()
{
    QFETCH(QLocale::Language, language);
    QVERIFY(installTranslations(QLocale(language), {QStringLiteral(ENGAGE_QM_DIR)}));
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(exampleFile));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QStringList clashes = clashesOnEveryPage(window, QStringLiteral("main window"));
    // The windows and dialogs the menus open without a server, each walked the same way.
    const QStringList opening{
        QStringLiteral("exportAction"),    QStringLiteral("exportIntegrationKitAction"),
        QStringLiteral("connectAction"),   QStringLiteral("consoleChecklistAction"),
        QStringLiteral("workbenchAction"), QStringLiteral("tokenLogReportAction")};
    int walked = 0;
    for (const QString& name : opening) {
        auto* action = window->findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        action->trigger();
        QWidget* opened = otherVisibleWindow(window);
        QVERIFY2(opened, qPrintable(name + QStringLiteral(" opened no window")));
        clashes += clashesOnEveryPage(opened, opened->windowTitle());
        opened->close();
        ++walked;
    }
    QCOMPARE(walked, opening.size());
    // Rotate… of each key: its guide asks for what the key's algorithm needs.
    auto* keys = window->findChild<QAbstractItemView*>(QStringLiteral("jwtKeyList"));
    auto* rotate = window->findChild<QAbstractButton*>(QStringLiteral("rotateKeyButton"));
    auto* sections = window->findChild<QTabWidget*>(QStringLiteral("sections"));
    for (int page = 0; page < sections->count(); ++page) {
        if (sections->widget(page)->isAncestorOf(keys))
            sections->setCurrentIndex(page);
    }
    for (int row = 0; row < keys->model()->rowCount(); ++row) {
        keys->setCurrentIndex(keys->model()->index(row, 0));
        rotate->click();
        QWidget* guide = otherVisibleWindow(window);
        QVERIFY2(guide, "Rotate… opened no window");
        clashes += clashesOnEveryPage(guide, guide->windowTitle());
        guide->close();
    }
    for (const QString& clash : clashes)
        qWarning().noquote() << clash; // all of them: a failure message is cut short
    QVERIFY2(clashes.isEmpty(),
             qPrintable(QStringLiteral("%1 mnemonic clash(es), listed above").arg(clashes.size())));
}

void TestMnemonics::altLettersReachTheMenus()
{
    QVERIFY(installTranslations(QLocale(QLocale::English), {QStringLiteral(ENGAGE_QM_DIR)}));
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(exampleFile));
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    for (const auto& [letter, menuName] : {std::pair{Qt::Key_F, QStringLiteral("fileMenu")},
                                           std::pair{Qt::Key_S, QStringLiteral("syncMenu")}}) {
        auto* menu = window->findChild<QMenu*>(menuName);
        QTest::keyClick(window->focusWidget() ? window->focusWidget() : window, letter,
                        Qt::AltModifier);
        QTRY_VERIFY2(menu->isVisible(), qPrintable(menuName + QStringLiteral(" did not open")));
        QTest::keyClick(menu, Qt::Key_Escape);
        QTest::keyClick(window->menuBar(), Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
    }
}

QTEST_MAIN(TestMnemonics)
#include "test_mnemonics.moc"
