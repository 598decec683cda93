// Rotating a JWT key (docs/file-format.md, README "Rotating a key"): the suggested ID and the new
// key's checks in the core, then the guided dialog of the JWT keys page, driven in the real main
// window on the offscreen platform.

#include "config/key_rotation.h"
#include "document/config_document.h"
#include "integration_kit_dialog.h"
#include "key_rotation_dialog.h"
#include "main_window.h"
#include "prompts.h"
#include "support/main_windows.h"
#include "support/openssl_fixtures.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace engage;

namespace {

const QString exampleFile =
    QStringLiteral(ENGAGE_EXAMPLES_DIR) + QStringLiteral("/website-chat.json");

JwtKey hs256Key(const QString& id, const QString& secret)
{
    JwtKey key;
    key.id = id;
    key.algorithm = JwtAlgorithm::hs256;
    key.secret = secret;
    return key;
}

QStringList codesOf(const Diagnostics& diagnostics)
{
    QStringList codes;
    for (const Diagnostic& diagnostic : diagnostics)
        codes.append(diagnosticCodeName(diagnostic.code) + QLatin1Char(' ') + diagnostic.path);
    return codes;
}

QStringList keyIds(const ConfigDocument* document)
{
    QStringList ids;
    for (const JwtKey& key : document->config().jwtKeys)
        ids.append(key.id);
    return ids;
}

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void suggestedIdCountsOn_data();
    void suggestedIdCountsOn();
    void newKeyIsCheckedBesideTheOthers();

    void hs256RotationAddsANewSecretAndKeepsTheOldKey();
    void rs256RotationTakesAPastedPublicKey();
    void rs256RotationImportsAPublicKeyFile();
    void rotationRefusesAPrivateKeyAndAUsedId();
    void importRefusalIsSaidInTheDialog();
    void cancelChangesNothing();
    void markupInAKeyIdIsShownAsWritten();

private:
    MainWindow* openExampleOnKey(const QString& keyId);
    KeyRotationDialog* startRotation(MainWindow* window);
};

void TestKeyRotation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyRotation::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
}

MainWindow* TestKeyRotation::openExampleOnKey(const QString& keyId)
{
    auto* window = new MainWindow;
    window->loadFile(exampleFile);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier); // the JWT keys section
    auto* list = window->findChild<QAbstractItemView*>(QStringLiteral("jwtKeyList"));
    const int row = keyIds(window->document()).indexOf(keyId);
    list->setCurrentIndex(list->model()->index(row, 0));
    return window;
}

KeyRotationDialog* TestKeyRotation::startRotation(MainWindow* window)
{
    auto* rotate = window->findChild<QPushButton*>(QStringLiteral("rotateKeyButton"));
    if (!rotate || !rotate->isEnabled())
        return nullptr;
    rotate->setFocus(Qt::TabFocusReason);
    QTest::keyClick(rotate, Qt::Key_Space);
    auto* dialog = window->findChild<KeyRotationDialog*>(QStringLiteral("keyRotationDialog"));
    return dialog && QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestKeyRotation::suggestedIdCountsOn_data()
{
    QTest::addColumn<QStringList>("configured");
    QTest::addColumn<QString>("oldId");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("no number") << QStringList{QStringLiteral("prod")} << QStringLiteral("prod")
                               << QStringLiteral("prod_2");
    QTest::newRow("a year") << QStringList{QStringLiteral("rsa_2025")} << QStringLiteral("rsa_2025")
                            << QStringLiteral("rsa_2026");
    QTest::newRow("width kept") << QStringList{QStringLiteral("key_09")} << QStringLiteral("key_09")
                                << QStringLiteral("key_10");
    QTest::newRow("next unused") << QStringList{QStringLiteral("prod"), QStringLiteral("prod_2"),
                                                QStringLiteral("prod_3")}
                                 << QStringLiteral("prod") << QStringLiteral("prod_4");
    QTest::newRow("invalid old ID") << QStringList{QStringLiteral("Prod key")}
                                    << QStringLiteral("Prod key") << QStringLiteral("key_1");
    QTest::newRow("number too long to count")
        << QStringList{QStringLiteral("k99999999999999999999999")}
        << QStringLiteral("k99999999999999999999999")
        << QStringLiteral("k99999999999999999999999_2");
}

void TestKeyRotation::suggestedIdCountsOn()
{
    QFETCH(QStringList, configured);
    QFETCH(QString, oldId);
    QFETCH(QString, suggested);
    CommunityConfig config;
    for (const QString& id : configured)
        config.jwtKeys.append(hs256Key(id, QStringLiteral("0123456789abcdef01234567")));
    QCOMPARE(KeyRotation::suggestedId(config, oldId), suggested);
}

void TestKeyRotation::newKeyIsCheckedBesideTheOthers()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.jwtKeys.append(
        hs256Key(QStringLiteral("prod"), QStringLiteral("9aeaf06388b8ab6487d1605b")));

    QCOMPARE(codesOf(KeyRotation::newKeyDiagnostics(
                 config,
                 hs256Key(QStringLiteral("prod_2"), QStringLiteral("0123456789abcdef01234567")))),
             QStringList());
    // What the editor would say of the key once added, on the new key's own members.
    QCOMPARE(
        codesOf(KeyRotation::newKeyDiagnostics(
            config, hs256Key(QStringLiteral("prod"), QStringLiteral("9aeaf06388b8ab6487d1605b")))),
        (QStringList{QStringLiteral("key_id_duplicate /id"),
                     QStringLiteral("hmac_secret_reused /secret")}));
    QCOMPARE(codesOf(KeyRotation::newKeyDiagnostics(
                 config, hs256Key(QStringLiteral("Prod 2"), QStringLiteral("0123")))),
             (QStringList{QStringLiteral("key_id_invalid /id"),
                          QStringLiteral("hmac_secret_invalid /secret")}));
}

void TestKeyRotation::hs256RotationAddsANewSecretAndKeepsTheOldKey()
{
    MainWindow* window = openExampleOnKey(QStringLiteral("prod"));
    QVERIFY(window);
    const JwtKey oldKey = window->document()->config().jwtKeys.at(0);
    const int undoSteps = window->document()->undoStack()->count();
    // By keyboard: Tab goes from the list's last button to Rotate….
    auto* down = window->findChild<QPushButton*>(QStringLiteral("jwtKeyListDownButton"));
    down->setFocus(Qt::TabFocusReason);
    QTest::keyClick(down, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("rotateKeyButton"));
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("newKeyIdEdit"));
    QCOMPARE(id->text(), QStringLiteral("prod_2"));
    QTRY_COMPARE(QApplication::focusWidget(), id);
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("prod_2026"));
    QTest::keyClick(id, Qt::Key_Return); // Add is the default button

    ConfigDocument* document = window->document();
    QCOMPARE(keyIds(document), (QStringList{QStringLiteral("prod"), QStringLiteral("rsa_2026"),
                                            QStringLiteral("prod_2026")}));
    QCOMPARE(document->config().jwtKeys.at(0), oldKey);
    const JwtKey newKey = document->config().jwtKeys.at(2);
    QCOMPARE(newKey.algorithm, JwtAlgorithm::hs256);
    QVERIFY(newKey.secret);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(*newKey.secret).hasMatch());
    QVERIFY(*newKey.secret != *oldKey.secret);
    QVERIFY(!hasErrors(document->diagnostics()));
    // The key editor shows the new key, whose secret the website needs.
    QCOMPARE(window->findChild<QLineEdit*>(QStringLiteral("keyIdEdit"))->text(),
             QStringLiteral("prod_2026"));

    // The next steps: the kit for the new key, and when to remove the old one.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("newKeyAddedText"))->isVisible());
    const QString lastStep = dialog->findChild<QLabel*>(QStringLiteral("lastStepText"))->text();
    QVERIFY2(lastStep.contains(QStringLiteral("remove \"prod\"")) &&
                 lastStep.contains(QStringLiteral("token log report")),
             qPrintable(lastStep));
    auto* exportKit = dialog->findChild<QPushButton*>(QStringLiteral("exportKitButton"));
    QCOMPARE(QApplication::focusWidget(), exportKit);
    QVERIFY(exportKit->text().contains(QStringLiteral("prod_2026")));
    QTest::keyClick(exportKit, Qt::Key_Space);
    // The kit engineer's dialog, on the new key.
    auto* kitDialog =
        dialog->findChild<IntegrationKitDialog*>(QStringLiteral("integrationKitDialog"));
    QVERIFY(kitDialog && kitDialog->isVisible());
    QCOMPARE(
        kitDialog->findChild<QComboBox*>(QStringLiteral("kitKeyCombo"))->currentData().toString(),
        QStringLiteral("prod_2026"));
    QTemporaryDir dir;
    const QString kitPath = dir.filePath(QStringLiteral("kit.html"));
    prompts::answerNextFileChooser(kitPath);
    QTest::mouseClick(kitDialog->findChild<QPushButton*>(QStringLiteral("kitExportButton")),
                      Qt::LeftButton);
    QFile kit(kitPath);
    QVERIFY(kit.open(QIODevice::ReadOnly));
    const QByteArray kitText = kit.readAll();
    QVERIFY(kitText.contains("prod_2026"));
    QVERIFY(!kitText.contains(newKey.secret->toLatin1())); // no secret unless asked
    auto* kitWritten = dialog->findChild<QLabel*>(QStringLiteral("kitWrittenText"));
    QVERIFY(kitWritten->isVisible());
    QVERIFY2(kitWritten->text().contains(QStringLiteral("kit.html")),
             qPrintable(kitWritten->text()));

    // The last step is later: the guide closes and opens the report that tells when.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("openReportButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<KeyRotationDialog*>());
    auto* report = window->findChild<QWidget*>(QStringLiteral("tokenLogReportWindow"));
    QVERIFY(report && report->isVisible());
    report->close();

    // One Undo takes the new key away and leaves the old one as it was.
    QCOMPARE(document->undoStack()->count(), undoSteps + 1);
    window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(keyIds(document), (QStringList{QStringLiteral("prod"), QStringLiteral("rsa_2026")}));
    QCOMPARE(document->config().jwtKeys.at(0), oldKey);
}

void TestKeyRotation::rs256RotationTakesAPastedPublicKey()
{
    OpensslFixtures openssl;
    MainWindow* window = openExampleOnKey(QStringLiteral("rsa_2026"));
    QVERIFY(window);
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("newKeyIdEdit"))->text(),
             QStringLiteral("rsa_2027"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addNewKeyButton"));
    QVERIFY(!add->isEnabled()); // no public key yet
    auto* publicKey = dialog->findChild<QPlainTextEdit*>(QStringLiteral("newPublicKeyEdit"));
    publicKey->setPlainText(QString::fromLatin1(openssl.rsaPublicKey()));
    QVERIFY(add->isEnabled());
    const QString facts = dialog->findChild<QLabel*>(QStringLiteral("newPublicKeyFacts"))->text();
    QVERIFY2(facts.contains(openssl.rsaPublicKeyFingerprint()), qPrintable(facts));
    QTest::mouseClick(add, Qt::LeftButton);

    ConfigDocument* document = window->document();
    QCOMPARE(keyIds(document), (QStringList{QStringLiteral("prod"), QStringLiteral("rsa_2026"),
                                            QStringLiteral("rsa_2027")}));
    const JwtKey newKey = document->config().jwtKeys.at(2);
    QCOMPARE(newKey.algorithm, JwtAlgorithm::rs256);
    QCOMPARE(newKey.publicKey, QString::fromLatin1(openssl.rsaPublicKey()));
    QVERIFY(!hasErrors(document->diagnostics()));
    window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(keyIds(document), (QStringList{QStringLiteral("prod"), QStringLiteral("rsa_2026")}));
}

void TestKeyRotation::rs256RotationImportsAPublicKeyFile()
{
    OpensslFixtures openssl;
    const QString keyFile = openssl.path(QStringLiteral("new.pem"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(openssl.rsaPkcs1PublicKey());
    file.close();
    MainWindow* window = openExampleOnKey(QStringLiteral("rsa_2026"));
    QVERIFY(window);
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    prompts::answerNextFileChooser(keyFile);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importNewPublicKeyButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->findChild<QPlainTextEdit*>(QStringLiteral("newPublicKeyEdit"))->toPlainText(),
             QString::fromLatin1(openssl.rsaPkcs1PublicKey()));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addNewKeyButton")),
                      Qt::LeftButton);
    QCOMPARE(window->document()->config().jwtKeys.size(), 3);
    QCOMPARE(window->document()->config().jwtKeys.at(2).publicKey,
             QString::fromLatin1(openssl.rsaPkcs1PublicKey()));
}

void TestKeyRotation::rotationRefusesAPrivateKeyAndAUsedId()
{
    OpensslFixtures openssl;
    MainWindow* window = openExampleOnKey(QStringLiteral("rsa_2026"));
    QVERIFY(window);
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addNewKeyButton"));
    auto* publicKey = dialog->findChild<QPlainTextEdit*>(QStringLiteral("newPublicKeyEdit"));
    auto* keyMessages = dialog->findChild<QLabel*>(QStringLiteral("newPublicKeyMessages"));
    publicKey->setPlainText(QString::fromLatin1(openssl.rsaPrivateKey()));
    QVERIFY(!add->isEnabled());
    QVERIFY(keyMessages->isVisible());
    QVERIFY2(keyMessages->accessibleName().contains(QStringLiteral("private key")),
             qPrintable(keyMessages->accessibleName()));

    publicKey->setPlainText(QString::fromLatin1(openssl.rsaPublicKey()));
    QVERIFY(add->isEnabled());
    auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("newKeyIdEdit"));
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("prod"));
    QVERIFY(!add->isEnabled());
    auto* idMessages = dialog->findChild<QLabel*>(QStringLiteral("newKeyIdMessages"));
    QVERIFY(idMessages->isVisible());
    QVERIFY2(idMessages->accessibleName().contains(QStringLiteral("already used")),
             qPrintable(idMessages->accessibleName()));
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(window->document()->config().jwtKeys.size(), 2);
    QVERIFY(!window->document()->isModified());
}

void TestKeyRotation::importRefusalIsSaidInTheDialog()
{
    OpensslFixtures openssl;
    const QString keyFile = openssl.path(QStringLiteral("private.pem"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(openssl.rsaPrivateKey());
    file.close();
    MainWindow* window = openExampleOnKey(QStringLiteral("rsa_2026"));
    QVERIFY(window);
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    prompts::answerNextFileChooser(keyFile);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importNewPublicKeyButton")),
                      Qt::LeftButton);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("rotationProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("private.pem")), qPrintable(problem->text()));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("newPublicKeyEdit"))
                ->toPlainText()
                .isEmpty());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("addNewKeyButton"))->isEnabled());
}

void TestKeyRotation::cancelChangesNothing()
{
    MainWindow* window = openExampleOnKey(QStringLiteral("prod"));
    QVERIFY(window);
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<KeyRotationDialog*>());
    QCOMPARE(window->document()->config().jwtKeys.size(), 2);
    QVERIFY(!window->document()->isModified());
}

void TestKeyRotation::markupInAKeyIdIsShownAsWritten()
{
    // A key ID read from a file was rendered as HTML in the guide's sentences: "<h1>" made a
    // heading of it, "<img>" loaded a picture, a colour could hide the warning around it.
    MainWindow* window = openExampleOnKey(QStringLiteral("prod"));
    QVERIFY(window);
    ConfigDocument* document = window->document();
    const int row = keyIds(document).indexOf(QStringLiteral("prod"));
    JwtKey key = document->config().jwtKeys.at(row);
    const QString markup = QStringLiteral("<h1>prod</h1>");
    key.id = markup; // an invalid ID, which a configuration file can still hold
    QVERIFY(document->replaceRow(row, key));
    KeyRotationDialog* dialog = startRotation(window);
    QVERIFY(dialog);
    QTest::keyClick(dialog->findChild<QPushButton*>(QStringLiteral("addNewKeyButton")),
                    Qt::Key_Space);
    QTRY_VERIFY(dialog->findChild<QWidget*>(QStringLiteral("nextStepsStep"))->isVisible());
    for (const QString& name : {QStringLiteral("rotationIntro"), QStringLiteral("newKeyAddedText"),
                                QStringLiteral("lastStepText")}) {
        const auto* label = dialog->findChild<QLabel*>(name);
        QVERIFY2(label->text().contains(markup), qPrintable(name));
        QVERIFY2(label->textFormat() == Qt::PlainText ||
                     (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())),
                 qPrintable(name));
    }
    dialog->reject();
}

QTEST_MAIN(TestKeyRotation)
#include "test_key_rotation.moc"
