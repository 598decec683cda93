// engage-admin in French shows each message in one language, punctuated as French is: the
// core's details (the JSON parser's, a field's problem) are French inside French sentences,
// with a non-breaking space before the colon.

#include "main_window.h"
#include "message_banner.h"
#include "support/main_windows.h"
#include "support/test_files.h"
#include "text/translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

class TestFrenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aFileThatIsNotJsonIsExplainedInFrench();
    void aFieldsProblemReadsErreur();

private:
    QTemporaryDir m_dir;
};

void TestFrenchWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(QLocale(QLocale::French), {QStringLiteral(ENGAGE_QM_DIR)}));
}

void TestFrenchWindow::cleanup()
{
    QVERIFY(closeWindowsAndCheckAnswers());
}

void TestFrenchWindow::aFileThatIsNotJsonIsExplainedInFrench()
{
    const QString path = m_dir.filePath(QStringLiteral("virgule.json"));
    writeAll(path, "{\"format\": \"engage-messaging-community\",}\n");
    auto* window = new MainWindow;
    window->show();
    QVERIFY(!window->loadFile(path));
    QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
    QCOMPARE(window->banner()->text(),
             QStringLiteral("Impossible d'ouvrir «\u00a0%1\u00a0»\u00a0: Le fichier n'est pas du "
                            "JSON valide\u00a0: ligne 1, colonne 41\u00a0: une virgule avant '}' "
                            "n'est pas autorisée (supprimez la virgule finale).")
                 .arg(path));
}

void TestFrenchWindow::aFieldsProblemReadsErreur()
{
    auto* window = new MainWindow;
    QVERIFY(window->loadFile(QStringLiteral(ENGAGE_EXAMPLES_DIR "/website-chat.json")));
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier); // the JWT keys section
    auto* idEdit = window->findChild<QLineEdit*>(QStringLiteral("keyIdEdit"));
    idEdit->setFocus();
    idEdit->selectAll();
    QTest::keyClicks(idEdit, QStringLiteral("Prod key"));
    const auto* messages = window->findChild<QLabel*>(QStringLiteral("keyIdMessages"));
    QVERIFY(messages->isVisible());
    QVERIFY2(messages->text().contains(QStringLiteral("Erreur\u00a0: ")),
             qPrintable(messages->text()));
    QVERIFY2(idEdit->toolTip().contains(QStringLiteral("Erreur\u00a0: ")),
             qPrintable(idEdit->toolTip()));
}

QTEST_MAIN(TestFrenchWindow)
#include "test_french_window.moc"
