// File > Export Integration Kit (docs/engagectl.md kit, engage-admin(1)) in the real main window,
// offscreen: the menu item, the dialog and its choices, the file written. The save dialog is
// answered in advance through prompts::.

#include "integration_kit_dialog.h"
#include "main_window.h"
#include "prompts.h"
#include "support/main_windows.h"
#include "support/test_files.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");
const QByteArray exampleSecret = "9aeaf06388b8ab6487d1605b";

IntegrationKitDialog* openKitDialog(MainWindow* window)
{
    auto* fileMenu = window->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QAction* action = nullptr;
    for (QAction* candidate : fileMenu->actions()) {
        if (candidate->objectName() == QLatin1String("exportIntegrationKitAction"))
            action = candidate;
    }
    if (!action || action->text() != QStringLiteral("Export &Integration Kit\u2026"))
        return nullptr;
    action->trigger();
    return window->findChild<IntegrationKitDialog*>(QStringLiteral("integrationKitDialog"));
}

void choose(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class TestIntegrationKitDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void fileMenuExportsTheKitWithoutTheSecret();
    void includingTheSecretWritesAnOwnerOnlyFile();
    void rs256KeyHasNoSecretToInclude();
    void writeErrorKeepsTheDialogOpenAndSaysWhy();
    void entryPointPreselectsTheKey();
    void nameWithoutExtensionGetsTheFormatsExtension();

private:
    MainWindow* openExample();
    QTemporaryDir m_dir;
};

void TestIntegrationKitDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestIntegrationKitDialog::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a file chooser the test answered was never shown");
}

MainWindow* TestIntegrationKitDialog::openExample()
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    window->show();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

void TestIntegrationKitDialog::fileMenuExportsTheKitWithoutTheSecret()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    IntegrationKitDialog* dialog = openKitDialog(window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* includeSecret = dialog->findChild<QCheckBox*>(QStringLiteral("kitIncludeSecretCheck"));
    QVERIFY(includeSecret->isEnabled());
    QVERIFY(!includeSecret->isChecked()); // off unless the person ticks it
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("kitSecretWarning"))->isVisible());
    choose(dialog->findChild<QComboBox*>(QStringLiteral("kitKeyCombo")), QStringLiteral("prod"));
    choose(dialog->findChild<QComboBox*>(QStringLiteral("kitFormatCombo")),
           QStringLiteral("markdown"));

    const QString path = m_dir.filePath(QStringLiteral("kit-prod.md"));
    prompts::answerNextFileChooser(path);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("kitExportButton")),
                      Qt::LeftButton);
    const QByteArray kit = readAll(path);
    QVERIFY(kit.startsWith("# Signed identities for the Engage chat"));
    QVERIFY(kit.contains("\"kid\": \"prod\""));
    QVERIFY(kit.contains("_chatq.push([\"_setSignedIdentity\""));
    QVERIFY(!kit.contains(exampleSecret));
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Wrote the integration kit of key prod to \"%1\".").arg(path));
    QTRY_VERIFY(!window->findChild<IntegrationKitDialog*>());
}

void TestIntegrationKitDialog::includingTheSecretWritesAnOwnerOnlyFile()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    IntegrationKitDialog* dialog = openKitDialog(window);
    QVERIFY(dialog);
    dialog->findChild<QCheckBox*>(QStringLiteral("kitIncludeSecretCheck"))->setChecked(true);
    const QString path = m_dir.filePath(QStringLiteral("kit-prod-secret.html"));
    prompts::answerNextFileChooser(path);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("kitExportButton")),
                      Qt::LeftButton);
    const QByteArray page = readAll(path);
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains(exampleSecret));
    // The page says so before anything else.
    QVERIFY(page.indexOf("class=\"warning\">This kit holds the secret of key prod") <
            page.indexOf("<table>"));
    QCOMPARE(QFileInfo(path).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestIntegrationKitDialog::rs256KeyHasNoSecretToInclude()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    IntegrationKitDialog* dialog = openKitDialog(window);
    QVERIFY(dialog);
    auto* includeSecret = dialog->findChild<QCheckBox*>(QStringLiteral("kitIncludeSecretCheck"));
    includeSecret->setChecked(true);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("kitKeyCombo")),
           QStringLiteral("rsa_2026"));
    QVERIFY(!includeSecret->isEnabled());
    QVERIFY(!includeSecret->isChecked());
    // No warning about a secret that the kit of this key cannot hold.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("kitSecretWarning"))->isHidden());
    choose(dialog->findChild<QComboBox*>(QStringLiteral("kitKeyCombo")), QStringLiteral("prod"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("kitSecretWarning"))->isHidden());
    dialog->reject();
}

void TestIntegrationKitDialog::writeErrorKeepsTheDialogOpenAndSaysWhy()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    IntegrationKitDialog* dialog = openKitDialog(window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/kit.html"));
    prompts::answerNextFileChooser(path);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("kitExportButton")),
                      Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("kitError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("kit.html")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(path));
    dialog->reject();
}

void TestIntegrationKitDialog::entryPointPreselectsTheKey()
{
    MainWindow* window = openExample();
    QVERIFY(window);
    IntegrationKitDialog* dialog =
        exportIntegrationKit(window, window->document()->config(), QStringLiteral("rsa_2026"));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("kitKeyCombo"))->currentData().toString(),
             QStringLiteral("rsa_2026"));
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    dialog->reject();
}

void TestIntegrationKitDialog::nameWithoutExtensionGetsTheFormatsExtension()
{
    // A name typed as "kit" was written as a file "kit" that no browser opens by a double click.
    MainWindow* window = openExample();
    QVERIFY(window);
    IntegrationKitDialog* dialog = openKitDialog(window);
    QVERIFY(dialog);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("kitFormatCombo")),
           QStringLiteral("markdown"));
    const QString typed = m_dir.filePath(QStringLiteral("kit-for-the-website"));
    prompts::answerNextFileChooser(typed);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("kitExportButton")),
                      Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(typed));
    QVERIFY(readAll(typed + QStringLiteral(".md")).startsWith("# Signed identities"));
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Wrote the integration kit of key prod to \"%1.md\".").arg(typed));
}

QTEST_MAIN(TestIntegrationKitDialog)
#include "test_integration_kit_dialog.moc"
