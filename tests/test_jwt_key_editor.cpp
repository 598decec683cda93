// The JWT key editor in the real main window, driven by keyboard as an administrator hands a
// key over: the HS256 secret revealed and copied (marked for clipboard managers, cleared after
// a while unless the person copied something else since), the hand-over note after Generate,
// and Copy for the key ID and the RS256 fingerprint.

#include "config/public_key_import.h"
#include "document/autosave_store.h"
#include "jwt_keys_page.h"
#include "main_window.h"
#include "recent_files.h"
#include "secret_clipboard.h"
#include "support/main_windows.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <chrono>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");
const QString exampleSecret = QStringLiteral("9aeaf06388b8ab6487d1605b");
const QString passwordManagerHint = QStringLiteral("x-kde-passwordManagerHint");

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// The texts and enabled states of the context menu a keyboard Menu key opens on the widget.
QMap<QString, bool> contextMenuOf(QWidget* widget)
{
    QMap<QString, bool> entries;
    QTimer::singleShot(0, widget, [&entries] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                entries.insert(action->text().remove(QLatin1Char('&')), action->isEnabled());
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, widget->rect().center(),
                            widget->mapToGlobal(widget->rect().center()));
    QApplication::sendEvent(widget, &event);
    return entries;
}

} // namespace

class TestJwtKeyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void revealIsALabelledButtonReachedByTab();
    void ctrlHRevealsFromTheField();
    void ctrlCCopiesTheHiddenSecretMarkedForClipboardManagers();
    void aShownSecretNeverStaysInThePrimarySelection();
    void contextMenuOffersShowAndCopy();
    void copiedSecretIsClearedAfterItsLifetime();
    void clipboardChangedSinceIsLeftAlone();
    void generateSaysHowToHandTheSecretOver();
    void keyIdAndFingerprintAreCopiedAsTheyRead();

private:
    MainWindow* openExampleAt(const QString& keyPath);
    template <typename Widget> Widget* control(const char* objectName) const
    {
        return m_window->findChild<Widget*>(QString::fromLatin1(objectName));
    }

    MainWindow* m_window = nullptr;
};

void TestJwtKeyEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJwtKeyEditor::init()
{
    QDir(AutosaveStore::defaultDirectory()).removeRecursively();
    RecentFiles::clear();
    QGuiApplication::clipboard()->clear();
}

void TestJwtKeyEditor::cleanup()
{
    m_window = nullptr;
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

// The example open on the JWT keys section (Ctrl+3), the focus on the key member of keyPath.
MainWindow* TestJwtKeyEditor::openExampleAt(const QString& keyPath)
{
    m_window = new MainWindow;
    m_window->loadFile(exampleFile);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return nullptr;
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    m_window->findChild<JwtKeysPage*>()->focusPath(keyPath);
    return m_window;
}

void TestJwtKeyEditor::revealIsALabelledButtonReachedByTab()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* secret = control<QLineEdit>("keySecretEdit");
    QCOMPARE(QApplication::focusWidget(), secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* reveal = qobject_cast<QToolButton*>(QApplication::focusWidget());
    QVERIFY(reveal);
    QCOMPARE(reveal->objectName(), QStringLiteral("revealSecretButton"));
    QCOMPARE(accessibleName(reveal), QStringLiteral("Show the Secret"));
    QVERIFY(reveal->toolTip().contains(QStringLiteral("Ctrl+H")));
    // Without an icon theme (the offscreen platform has none), the bundled icon.
    QVERIFY(!reveal->icon().isNull());

    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(accessibleName(reveal), QStringLiteral("Hide the Secret"));
    QTest::keyClick(reveal, Qt::Key_Space);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    QTest::keyClick(reveal, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("copySecretButton"));
    QVERIFY(!accessibleName(QApplication::focusWidget()).isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), exampleSecret);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("generateSecretButton"));
}

void TestJwtKeyEditor::ctrlHRevealsFromTheField()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* secret = control<QLineEdit>("keySecretEdit");
    QTest::keyClick(secret, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(secret->text(), exampleSecret); // Ctrl+H is no Backspace here
    QTest::keyClick(secret, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void TestJwtKeyEditor::ctrlCCopiesTheHiddenSecretMarkedForClipboardManagers()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* secret = control<QLineEdit>("keySecretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);

    const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(copied->text(), exampleSecret);
    QCOMPARE(copied->data(passwordManagerHint), QByteArrayLiteral("secret"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Secret copied; the clipboard is cleared in 30 s."));
    QVERIFY(!m_window->isWindowModified()); // copying edits nothing
}

// X11's primary selection takes whatever a shown line edit selects, for clipboard managers to
// keep. Only a platform with one can tell: CTest runs this function under Xvfb with xcb too.
void TestJwtKeyEditor::aShownSecretNeverStaysInThePrimarySelection()
{
    if (!QGuiApplication::clipboard()->supportsSelection())
        QSKIP("This platform has no primary selection (CTest runs this test under Xvfb too).");
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* secret = control<QLineEdit>("keySecretEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("before"), QClipboard::Selection);
    QTest::keyClick(secret, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);

    QTest::keyClick(secret, Qt::Key_End);
    QTest::keyClick(secret, Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(secret->selectedText(), exampleSecret);
    QVERIFY(QGuiApplication::clipboard()->text(QClipboard::Selection) != exampleSecret);
    QTest::mouseDClick(secret, Qt::LeftButton, {}, secret->rect().center());
    QVERIFY(secret->hasSelectedText());
    QVERIFY(QGuiApplication::clipboard()->text(QClipboard::Selection) != exampleSecret);
}

void TestJwtKeyEditor::contextMenuOffersShowAndCopy()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    const QMap<QString, bool> entries = contextMenuOf(control<QLineEdit>("keySecretEdit"));
    QVERIFY2(entries.value(QStringLiteral("Show the Secret")),
             qPrintable(entries.keys().join(',')));
    QVERIFY2(entries.value(QStringLiteral("Copy the Secret")),
             qPrintable(entries.keys().join(',')));
    // No disabled Copy beside it: the field's own Copy replaces the standard one.
    QVERIFY(!entries.contains(QStringLiteral("Copy")));
}

void TestJwtKeyEditor::copiedSecretIsClearedAfterItsLifetime()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* clipboard = m_window->findChild<SecretClipboard*>();
    QVERIFY(clipboard);
    QCOMPARE(clipboard->secretLifetime(), std::chrono::milliseconds(30'000));
    clipboard->setSecretLifetime(std::chrono::milliseconds(20));
    QTest::keyClick(control<QLineEdit>("keySecretEdit"), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), exampleSecret);
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestJwtKeyEditor::clipboardChangedSinceIsLeftAlone()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* clipboard = m_window->findChild<SecretClipboard*>();
    QVERIFY(clipboard);
    clipboard->setSecretLifetime(std::chrono::milliseconds(20));
    QTest::keyClick(control<QLineEdit>("keySecretEdit"), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), exampleSecret);
    QGuiApplication::clipboard()->setText(QStringLiteral("what the person copied since"));
    auto* clearTimer = clipboard->findChild<QTimer*>();
    QVERIFY(clearTimer);
    QTRY_VERIFY(!clearTimer->isActive());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("what the person copied since"));
}

void TestJwtKeyEditor::generateSaysHowToHandTheSecretOver()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/0/secret")));
    auto* note = control<QLabel>("secretHandOverNote");
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    auto* generate = control<QPushButton>("generateSecretButton");
    generate->setFocus();
    QTest::keyClick(generate, Qt::Key_Space);
    QVERIFY(control<QLineEdit>("keySecretEdit")->text() != exampleSecret);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("another channel")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("never by e-mail")));
    QVERIFY(note->text().contains(QStringLiteral("server")));
    QVERIFY(!note->text().contains(control<QLineEdit>("keySecretEdit")->text()));

    // It spoke of that key: another key shown, it goes.
    m_window->findChild<JwtKeysPage*>()->focusPath(QStringLiteral("/jwt_keys/1/id"));
    QVERIFY(!note->isVisible());
}

void TestJwtKeyEditor::keyIdAndFingerprintAreCopiedAsTheyRead()
{
    QVERIFY(openExampleAt(QStringLiteral("/jwt_keys/1/id")));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("keyIdEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("copyKeyIdButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("rsa_2026"));
    // Not a secret: no mark, and it stays.
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(passwordManagerHint));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Key ID copied."));

    auto* copyFingerprint = control<QToolButton>("copyFingerprintButton");
    QVERIFY(copyFingerprint);
    QVERIFY(copyFingerprint->isVisible());
    copyFingerprint->setFocus();
    QTest::keyClick(copyFingerprint, Qt::Key_Space);
    const QString fingerprint = QGuiApplication::clipboard()->text();
    QCOMPARE(fingerprint,
             rsaPublicKeyFingerprint(control<QPlainTextEdit>("publicKeyEdit")->toPlainText()));
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY(control<QLabel>("publicKeyFacts")->text().contains(fingerprint));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Fingerprint copied."));
}

QTEST_MAIN(TestJwtKeyEditor)
#include "test_jwt_key_editor.moc"
