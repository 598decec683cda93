// What the application offers against a real Engage domain, as a person uses it: the real main
// window offscreen, its Sync menu and dialogs, against engage-emulator on 127.0.0.1 (port 0)
// or, where a test needs an answer it controls exactly (an identity and its group, a refused
// field creation, a 404 for the settings, a 403 on the catalogue), a scripted loopback server
// answering with the schema's record shapes. Questions are answered in advance through
// prompts::; settings live in QStandardPaths' test locations.

#include "api/api_client.h"
#include "document/config_document.h"
#include "main_window.h"
#include "message_banner.h"
#include "prompts.h"
#include "recent_files.h"
#include "support/emulator_process.h"
#include "support/main_windows.h"
#include "support/scripted_server.h"
#include "support/test_files.h"
#include "sync/console_checklist_dialog.h"
#include "sync/sync_session.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace engage;

namespace {

const QByteArray token = "gui-domain-token-51c3e0aa";
const QString websiteChatId = QStringLiteral("5f0c0a1b2c3d4e5f60718293");
const QString secret = QStringLiteral("9aeaf06388b8ab6487d1605b");

// The website chat community as a file holds it; its catalogue differs from the emulator's
// built-in custom fields (customer_id "Customer id" with a regex, account_no), and its
// mapping names loyalty_tier, which the server lacks.
const QByteArray websiteChat = R"({
  "format": "engage-messaging-community",
  "version": 1,
  "community": {"id": "5f0c0a1b2c3d4e5f60718293", "name": "Website chat"},
  "signed_identities": "require",
  "custom_fields": [
    {"key": "customer_id", "label": "Customer ID", "type": "string", "regex": "^C[0-9]{8}$"},
    {"key": "loyalty_tier", "label": "Loyalty tier", "type": "string"}
  ],
  "extra_values_mapping": [
    {"key": "cell_number", "field": "mobile_phone"},
    {"key": "tier", "field": "custom_field:loyalty_tier"},
    {"key": "uuid", "field": "custom_field:customer_id"}
  ],
  "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b"}]
})";

template <typename Widget = QWidget> Widget* visibleWindow(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == objectName)
            return qobject_cast<Widget*>(widget);
    }
    return nullptr;
}

void trigger(MainWindow* window, const QString& actionName)
{
    window->findChild<QAction*>(actionName)->trigger();
}

QStringList itemsOf(const QListWidget* list)
{
    QStringList items;
    for (int row = 0; row < list->count(); ++row)
        items.append(list->item(row)->text());
    return items;
}

QByteArray jsonAnswer(int status, const QByteArray& reason, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray page(const QByteArray& records, int count)
{
    return jsonAnswer(200, "OK",
                      R"({"count":)" + QByteArray::number(count) +
                          R"(,"offset":0,"limit":150,"records":[)" + records + "]}");
}

const QByteArray websiteChatRecord =
    R"({"id":"5f0c0a1b2c3d4e5f60718293","name":"Website chat","type":"messaging","active":true})";
const QByteArray customerIdRecord =
    R"({"id":"cf01","key":"customer_id","label":"Customer id","type":"string",)"
    R"("associated_type_name":"IdentityGroup","multiple":false,"position":1})";
const QByteArray notFound =
    jsonAnswer(404, "Not Found", R"({"error":"not_found","message":"Not found","status":404})");

// A real domain: the community and its custom fields, but 404 for the settings (docs/api.md).
QByteArray realDomainAnswer(const QByteArray& target)
{
    if (target.startsWith("/1.0/communities?"))
        return page(websiteChatRecord, 1);
    if (target == "/1.0/communities/5f0c0a1b2c3d4e5f60718293")
        return jsonAnswer(200, "OK", websiteChatRecord);
    if (target.startsWith("/1.0/custom_fields?"))
        return page(customerIdRecord, 1);
    return notFound;
}

// The controls of `dialog` a keyboard user can reach whose name assistive technology cannot
// tell, as "Class objectName".
QStringList unnamedControls(QWidget* dialog)
{
    QStringList unnamed;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog) ||
            widget->focusProxy())
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).isEmpty()) {
            unnamed.append(QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
        }
    }
    return unnamed;
}

} // namespace

class TestGuiDomain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void syncMenuOffersTheDomainActionsByKeyboard();
    void connectChecksTheTokenAndSaysWhomItReached();
    void wrongTokenIsSaidInTheConnectionDialogWhichStaysOpen();
    void cancelStopsTheTokenCheckAndKeepsTheConnection();
    void consoleChecklistCopiesEachValueAndClearsACopiedSecret();
    void refreshCatalogueShowsTheChangesAndAppliesOneUndoableEdit();
    void missingMappedFieldCanBeCreatedOnTheServer();
    void identityCheckComparesTheMappingWithTheGroupInWords();
    void pullWithoutTheExtensionKeepsTheCommunityAndOffersTheChecklist();
    void pushWithoutTheExtensionSaysSoAndOffersTheChecklist();
    void pullWithoutTheCatalogueSaysWhatItCouldNotRead();
    void everyControlOfTheDomainDialogsHasAnAccessibleName();

private:
    MainWindow* openWebsiteChat();
    bool connectWith(MainWindow* window, const QString& serverUrl, const QByteArray& usedToken);

    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGuiDomain::initTestCase()
{
    // No keychain of the person running the tests is touched: the token stays in the session.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(RecentFiles::settingsPath());
}

void TestGuiDomain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emulator = std::make_unique<EmulatorProcess>(
        QStringList{QStringLiteral("--token"), QString::fromLatin1(token),
                    QStringLiteral("--communities"), QStringLiteral("40")});
    QVERIFY(!m_emulator->url().isEmpty());
}

void TestGuiDomain::cleanup()
{
    QVERIFY2(closeWindowsAndCheckAnswers(), "a question the test answered was never asked");
    m_emulator.reset();
    m_dir.reset();
}

MainWindow* TestGuiDomain::openWebsiteChat()
{
    const QString path = m_dir->filePath(QStringLiteral("website-chat.json"));
    writeAll(path, websiteChat);
    auto* window = new MainWindow;
    window->show();
    if (!window->loadFile(path))
        return nullptr;
    return window;
}

bool TestGuiDomain::connectWith(MainWindow* window, const QString& serverUrl,
                                const QByteArray& usedToken)
{
    trigger(window, QStringLiteral("connectAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("connectionDialog"));
    if (!dialog)
        return false;
    auto* server = dialog->findChild<QLineEdit*>(QStringLiteral("serverUrlEdit"));
    server->clear();
    QTest::keyClicks(server, serverUrl);
    auto* tokenEdit = dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, QString::fromLatin1(usedToken));
    dialog->findChild<QAbstractButton*>(QStringLiteral("connectButton"))->click();
    const QPointer<QWidget> open(dialog);
    return QTest::qWaitFor([&open] { return !open || !open->isVisible(); }, 10000);
}

void TestGuiDomain::syncMenuOffersTheDomainActionsByKeyboard()
{
    auto* window = new MainWindow;
    window->show();
    auto* menu = window->menuBar()->findChild<QMenu*>(QStringLiteral("syncMenu"));
    QVERIFY(menu);
    QStringList mnemonics;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(action->text()));
        mnemonics.append(action->text().mid(amp + 1, 1).toLower());
    }
    for (const QString& mnemonic : std::as_const(mnemonics))
        QVERIFY2(mnemonics.count(mnemonic) == 1, qPrintable(mnemonics.join(QLatin1Char(' '))));
    for (const char* name :
         {"refreshCatalogueAction", "checkIdentityAction", "consoleChecklistAction"})
        QVERIFY2(menu->actions().contains(window->findChild<QAction*>(QLatin1String(name))), name);
    // An identity is looked up in the document's community: none yet, nothing to check.
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("checkIdentityAction"))->isEnabled());
}

void TestGuiDomain::connectChecksTheTokenAndSaysWhomItReached()
{
    auto* window = new MainWindow;
    window->show();
    const qint64 before = m_emulator->stats().value(QStringLiteral("answered")).toInteger();
    QVERIFY(connectWith(window, m_emulator->url(), token));
    QCOMPARE(SyncSession::instance().client()->serverUrl().toString(), m_emulator->url());
    // One request, and the sentence names the host and what the token can see: the three
    // built-in communities and the 40 generated ones.
    QCOMPARE(m_emulator->stats().value(QStringLiteral("answered")).toInteger() - before, 1);
    const QString said = window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("127.0.0.1:%1").arg(m_emulator->port())),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("43 communities")), qPrintable(said));
}

void TestGuiDomain::wrongTokenIsSaidInTheConnectionDialogWhichStaysOpen()
{
    auto* window = new MainWindow;
    window->show();
    const std::shared_ptr<ApiClient> before = SyncSession::instance().client();
    // The emulator answers a wrong token as Engage does, 400 invalid_access_token: the same
    // refusal as a 401 for the client (ApiErrorKind::Authentication).
    const QByteArray wrongToken = "not-the-token-3a9f";
    QVERIFY(!connectWith(window, m_emulator->url(), wrongToken));

    QWidget* dialog = visibleWindow(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    const auto* error = dialog->findChild<QLabel*>(QStringLiteral("connectionErrorLabel"));
    QTRY_VERIFY2(error->text().contains(QStringLiteral("refused the API token")),
                 qPrintable(error->text()));
    QVERIFY(!error->text().contains(QString::fromLatin1(wrongToken)));
    // The token is ready to be typed again, and the wrong one is not the connection.
    QCOMPARE(dialog->focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")));
    QCOMPARE(SyncSession::instance().client(), before);
    QVERIFY(!window->statusBar()->currentMessage().contains(QStringLiteral("Connected")));

    // Fixed in place: the same dialog connects.
    auto* tokenEdit = dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, QString::fromLatin1(token));
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!visibleWindow(QStringLiteral("connectionDialog")), 10000);
    QVERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Connected to")));
}

void TestGuiDomain::cancelStopsTheTokenCheckAndKeepsTheConnection()
{
    // Every answer of this server takes a minute: Cancel must not wait for it.
    const EmulatorProcess slow({QStringLiteral("--token"), QString::fromLatin1(token),
                                QStringLiteral("--latency-ms"), QStringLiteral("60000")});
    QVERIFY(!slow.url().isEmpty());
    auto* window = new MainWindow;
    window->show();
    const std::shared_ptr<ApiClient> before = SyncSession::instance().client();
    trigger(window, QStringLiteral("connectAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("connectionDialog"));
    QVERIFY(dialog);
    auto* server = dialog->findChild<QLineEdit*>(QStringLiteral("serverUrlEdit"));
    server->clear();
    QTest::keyClicks(server, slow.url());
    auto* tokenEdit = dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, QString::fromLatin1(token));
    auto* connectButton = dialog->findChild<QAbstractButton*>(QStringLiteral("connectButton"));
    connectButton->click();
    const auto* status = dialog->findChild<QLabel*>(QStringLiteral("connectionErrorLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Checking the token with 127.0.0.1")),
             qPrintable(status->text()));
    QVERIFY(!connectButton->isEnabled());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!visibleWindow(QStringLiteral("connectionDialog")));
    QCOMPARE(SyncSession::instance().client(), before);
    QVERIFY(!window->banner()->isVisible());
}

void TestGuiDomain::consoleChecklistCopiesEachValueAndClearsACopiedSecret()
{
    // Offline: no connection is needed, and none is made.
    MainWindow* window = openWebsiteChat();
    QVERIFY(window);
    const qint64 before = m_emulator->stats().value(QStringLiteral("answered")).toInteger();
    trigger(window, QStringLiteral("consoleChecklistAction"));
    auto* dialog = visibleWindow<ConsoleChecklistDialog>(QStringLiteral("consoleChecklistDialog"));
    QVERIFY(dialog);
    dialog->setSecretClearDelay(std::chrono::milliseconds(300));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("checklistErrors"))->isVisible());

    QStringList steps;
    for (const QLabel* step : dialog->findChildren<QLabel*>(QStringLiteral("checklistStep")))
        steps.append(step->text());
    QVERIFY2(steps.constFirst().startsWith(QStringLiteral("1. In the Engage admin console")),
             qPrintable(steps.constFirst()));
    QVERIFY(steps.join(QLatin1Char('\n')).contains(QStringLiteral("Extra values mapping")));

    // Secrets are fingerprints until revealed; every value has its own Copy button that the
    // keyboard reaches and that says what it copies.
    QList<QLineEdit*> values = dialog->findChildren<QLineEdit*>(QStringLiteral("checklistValue"));
    const QList<QPushButton*> copies =
        dialog->findChildren<QPushButton*>(QStringLiteral("copyButton"));
    QCOMPARE(copies.size(), values.size());
    QStringList shownValues;
    for (const QLineEdit* value : values)
        shownValues.append(value->text());
    QVERIFY(!shownValues.join(QLatin1Char('\n')).contains(secret));
    QVERIFY(shownValues.contains(QStringLiteral("^C[0-9]{8}$")));
    const auto keyId = std::find_if(values.cbegin(), values.cend(), [](const QLineEdit* value) {
        return value->text() == QLatin1String("prod");
    });
    QVERIFY(keyId != values.cend());
    const auto fingerprint =
        std::find_if(values.cbegin(), values.cend(), [](const QLineEdit* value) {
            return value->text().startsWith(QLatin1String("sha256:"));
        });
    QVERIFY(fingerprint != values.cend());
    for (const QPushButton* copy : copies) {
        QVERIFY(copy->focusPolicy() & Qt::TabFocus);
        QVERIFY(copy->accessibleName().startsWith(QStringLiteral("Copy ")));
    }

    QPushButton* copyKeyId = copies[values.indexOf(*keyId)];
    copyKeyId->setFocus();
    QTest::keyClick(copyKeyId, Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("prod"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("checklistStatus"))->text(),
             QStringLiteral("Copied \u201cKey ID\u201d."));

    // Revealed, the secret shows and copies; it leaves the clipboard after the delay.
    dialog->findChild<QCheckBox*>(QStringLiteral("showSecretsCheck"))->setChecked(true);
    values = dialog->findChildren<QLineEdit*>(QStringLiteral("checklistValue"));
    const auto revealed = std::find_if(values.cbegin(), values.cend(), [](const QLineEdit* value) {
        return value->text() == secret;
    });
    QVERIFY(revealed != values.cend());
    dialog->findChildren<QPushButton*>(QStringLiteral("copyButton"))[values.indexOf(*revealed)]
        ->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("checklistStatus"))
                 ->text()
                 .contains(QStringLiteral("cleared from the clipboard")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("checklistStatus"))->text()));
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(m_emulator->stats().value(QStringLiteral("answered")).toInteger(), before);
}

void TestGuiDomain::refreshCatalogueShowsTheChangesAndAppliesOneUndoableEdit()
{
    MainWindow* window = openWebsiteChat();
    QVERIFY(window);
    QVERIFY(connectWith(window, m_emulator->url(), token));
    const CommunityConfig before = window->document()->config();
    const int undoSteps = window->document()->undoStack()->count();

    trigger(window, QStringLiteral("refreshCatalogueAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("catalogueRefreshDialog"));
    QVERIFY(dialog);
    auto* changes = dialog->findChild<QListWidget*>(QStringLiteral("catalogueChangesList"));
    QTRY_VERIFY_WITH_TIMEOUT(changes->count() > 0, 10000);
    QCOMPARE(itemsOf(changes),
             (QStringList{QStringLiteral("Added: Account number (account_no, string)."),
                          QStringLiteral("Removed: Loyalty tier (loyalty_tier, string); the "
                                         "server no longer has it."),
                          QStringLiteral("Relabelled: customer_id: \u201cCustomer ID\u201d "
                                         "\u2192 \u201cCustomer id\u201d.")}));
    // The mapping names loyalty_tier: it can be created on the server from here.
    auto* missing = dialog->findChild<QListWidget*>(QStringLiteral("missingFieldsList"));
    QVERIFY(missing->isVisible());
    QCOMPARE(itemsOf(missing), QStringList{QStringLiteral("loyalty_tier")});
    QVERIFY(dialog->findChild<QAbstractButton*>(QStringLiteral("createCustomFieldButton"))
                ->isEnabled());
    QCOMPARE(window->document()->config(), before); // nothing changed before Apply

    dialog->findChild<QAbstractButton*>(QStringLiteral("applyCatalogueButton"))->click();
    QVERIFY(!visibleWindow(QStringLiteral("catalogueRefreshDialog")));
    const QList<CustomField>& catalogue = window->document()->config().customFields;
    QCOMPARE(catalogue.size(), 2);
    QCOMPARE(catalogue[0].key, QStringLiteral("customer_id"));
    QCOMPARE(catalogue[0].label, QStringLiteral("Customer id"));
    QCOMPARE(catalogue[0].regex, std::optional<QString>(QStringLiteral("^C[0-9]{8}$")));
    QCOMPARE(catalogue[1].key, QStringLiteral("account_no"));
    QCOMPARE(window->document()->config().extraValuesMapping, before.extraValuesMapping);

    // The mapping still names loyalty_tier, which the catalogue no longer has: an error, which
    // the checklist warns of, since the console would refuse it.
    trigger(window, QStringLiteral("consoleChecklistAction"));
    QWidget* checklist = visibleWindow(QStringLiteral("consoleChecklistDialog"));
    QVERIFY(checklist);
    const auto* errors = checklist->findChild<QLabel*>(QStringLiteral("checklistErrors"));
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().startsWith(QStringLiteral("This configuration has 1 error(s)")),
             qPrintable(errors->text()));
    checklist->close();

    // One ordinary edit: one Undo brings the catalogue back.
    QCOMPARE(window->document()->undoStack()->count(), undoSteps + 1);
    QVERIFY(window->isWindowModified());
    trigger(window, QStringLiteral("undoAction"));
    QCOMPARE(window->document()->config(), before);
}

void TestGuiDomain::missingMappedFieldCanBeCreatedOnTheServer()
{
    // Scripted: the custom fields list, without loyalty_tier until it is created, and its
    // creation, refused once (422, per attribute) then accepted.
    int creations = 0;
    const ScriptedServer server([&creations](const QByteArray& target) {
        if (target.startsWith("/1.0/communities?"))
            return page(websiteChatRecord, 1);
        if (target.startsWith("/1.0/custom_fields?associated_type_name=IdentityGroup")) {
            if (!target.contains("key=loyalty_tier") || !target.contains("label=Loyalty%20tier"))
                return notFound;
            if (++creations == 1) {
                return jsonAnswer(422, "Unprocessable Entity",
                                  R"({"error":"validation_error","message":"Validation failed",)"
                                  R"("status":422,"errors":[{"attribute":"label","type":"taken",)"
                                  R"("message":"Label has already been taken"}]})");
            }
            return jsonAnswer(201, "Created",
                              R"({"id":"cf09","key":"loyalty_tier","label":"Loyalty tier",)"
                              R"("type":"string","associated_type_name":"IdentityGroup"})");
        }
        if (target.startsWith("/1.0/custom_fields?")) {
            const QByteArray tier =
                R"({"id":"cf09","key":"loyalty_tier","label":"Loyalty tier","type":"string",)"
                R"("associated_type_name":"IdentityGroup"})";
            return creations < 2 ? page(customerIdRecord, 1)
                                 : page(customerIdRecord + ',' + tier, 2);
        }
        return notFound;
    });
    MainWindow* window = openWebsiteChat();
    QVERIFY(window);
    QVERIFY(connectWith(window, server.url(), token));
    trigger(window, QStringLiteral("refreshCatalogueAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("catalogueRefreshDialog"));
    QVERIFY(dialog);
    auto* missing = dialog->findChild<QListWidget*>(QStringLiteral("missingFieldsList"));
    QTRY_COMPARE_WITH_TIMEOUT(itemsOf(missing), QStringList{QStringLiteral("loyalty_tier")}, 10000);
    auto* create = dialog->findChild<QAbstractButton*>(QStringLiteral("createCustomFieldButton"));
    const auto* status = dialog->findChild<QLabel*>(QStringLiteral("catalogueStatus"));

    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("HTTP 422")), 10000);
    QVERIFY2(status->text().contains(QStringLiteral("Label has already been taken")),
             qPrintable(status->text()));
    QVERIFY(visibleWindow(QStringLiteral("catalogueRefreshDialog")));

    QTRY_VERIFY(create->isEnabled());
    create->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Created the custom field")),
                             10000);
    QVERIFY2(status->text().contains(QStringLiteral("Engage admin console")),
             qPrintable(status->text()));
    // Read again: the field is on the server now, so nothing the mapping names is missing and
    // the catalogue keeps it.
    QTRY_VERIFY_WITH_TIMEOUT(!missing->isVisible(), 10000);
    auto* changes = dialog->findChild<QListWidget*>(QStringLiteral("catalogueChangesList"));
    QVERIFY2(!itemsOf(changes).join(QLatin1Char('\n')).contains(QStringLiteral("loyalty_tier")),
             qPrintable(itemsOf(changes).join(QLatin1Char('\n'))));
    QCOMPARE(creations, 2);
}

void TestGuiDomain::identityCheckComparesTheMappingWithTheGroupInWords()
{
    const ScriptedServer server([](const QByteArray& target) {
        if (target.startsWith("/1.0/communities?"))
            return page(websiteChatRecord, 1);
        if (target.startsWith("/1.0/identities?") &&
            target.contains("community_id=5f0c0a1b2c3d4e5f60718293") &&
            target.contains("uuid=C00482716")) {
            return page(R"({"id":"65a7f3c21d41c8a0b2e10002","type":"EngageMessaging::Identity",)"
                        R"("uuid":"C00482716","community_id":"5f0c0a1b2c3d4e5f60718293",)"
                        R"("identity_group_id":"65a7f3c21d41c8a0b2e20001",)"
                        R"("display_name":"Amelia Okafor","firstname":"Amelia",)"
                        R"("extra_values":{"cell_number":"+447700900123","tier":"gold"}})",
                        1);
        }
        if (target.startsWith("/1.0/identities?") && target.contains("uuid=m-2f9c41")) {
            return page(R"({"id":"65a7f3c21d41c8a0b2e10001","uuid":"m-2f9c41",)"
                        R"("community_id":"5f0c0a1b2c3d4e5f60718293","identity_group_id":null,)"
                        R"("display_name":"Visitor 2f9c41","extra_values":{}})",
                        1);
        }
        if (target.startsWith("/1.0/identities?"))
            return page("", 0);
        if (target == "/1.0/identity_groups/65a7f3c21d41c8a0b2e20001") {
            return jsonAnswer(
                200, "OK",
                R"({"id":"65a7f3c21d41c8a0b2e20001","firstname":"Amelia","lastname":"Okafor",)"
                R"("emails":["amelia.okafor@example.com"],"mobile_phones":["+447700900123"],)"
                R"("home_phones":[],"custom_field_values":{"customer_id":"C00482716",)"
                R"("loyalty_tier":"silver"}})");
        }
        return notFound;
    });
    MainWindow* window = openWebsiteChat();
    QVERIFY(window);
    QVERIFY(connectWith(window, server.url(), token));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("checkIdentityAction"))->isEnabled());
    trigger(window, QStringLiteral("checkIdentityAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("identityCheckDialog"));
    QVERIFY(dialog);
    auto* uuid = dialog->findChild<QLineEdit*>(QStringLiteral("visitorUuidEdit"));
    QCOMPARE(dialog->focusWidget(), uuid);
    auto* checks = dialog->findChild<QTreeWidget*>(QStringLiteral("identityChecks"));
    const auto* summary = dialog->findChild<QLabel*>(QStringLiteral("identitySummary"));

    // An unknown visitor is said plainly.
    QTest::keyClicks(uuid, QStringLiteral("nobody"));
    QTest::keyClick(uuid, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("no identity with the UUID")),
                             10000);

    uuid->clear();
    QTest::keyClicks(uuid, QStringLiteral("C00482716"));
    QTest::keyClick(uuid, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(checks->topLevelItemCount(), 3, 10000);
    QVERIFY2(summary->text().contains(QStringLiteral("Amelia Okafor")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("amelia.okafor@example.com")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("Mapping rows with a problem: 1")),
             qPrintable(summary->text()));
    QStringList results;
    for (int row = 0; row < checks->topLevelItemCount(); ++row)
        results.append(checks->topLevelItem(row)->text(0));
    // cell_number → Mobile phone, tier → Loyalty tier, uuid → Customer ID, in mapping order.
    QCOMPARE(results, (QStringList{QStringLiteral("Written"), QStringLiteral("Problem: different"),
                                   QStringLiteral("Written")}));
    QTreeWidgetItem* different = checks->topLevelItem(1);
    QCOMPARE(different->text(2), QStringLiteral("gold"));
    QCOMPARE(different->text(3), QStringLiteral("silver"));
    QVERIFY(different->font(0).bold());
    checks->setCurrentItem(different);
    const QString detail =
        dialog->findChild<QLabel*>(QStringLiteral("identityCheckDetail"))->text();
    QVERIFY2(detail.contains(QStringLiteral("the identity group holds")), qPrintable(detail));

    // A UUID the custom field's regex refuses, on an identity without a group yet.
    uuid->clear();
    QTest::keyClicks(uuid, QStringLiteral("m-2f9c41"));
    QTest::keyClick(uuid, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("Visitor 2f9c41")), 10000);
    QVERIFY2(summary->text().contains(QStringLiteral("no identity group yet")),
             qPrintable(summary->text()));
    results.clear();
    for (int row = 0; row < checks->topLevelItemCount(); ++row)
        results.append(checks->topLevelItem(row)->text(0));
    QCOMPARE(results, (QStringList{QStringLiteral("Not sent"), QStringLiteral("Not sent"),
                                   QStringLiteral("Problem: fails the regex")}));
}

void TestGuiDomain::pullWithoutTheExtensionKeepsTheCommunityAndOffersTheChecklist()
{
    const ScriptedServer server(realDomainAnswer);
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, server.url(), token));
    trigger(window, QStringLiteral("pullAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("pullDialog"));
    QVERIFY(dialog);
    auto* list = dialog->findChild<QTreeView*>(QStringLiteral("communityList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
    list->setCurrentIndex(list->model()->index(0, 0));
    dialog->findChild<QAbstractButton*>(QStringLiteral("pullButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->document()->config().community.id, websiteChatId, 10000);

    // The community and the catalogue are in the document, unsaved; the settings are empty.
    const CommunityConfig& pulled = window->document()->config();
    QCOMPARE(pulled.community.name, QStringLiteral("Website chat"));
    QCOMPARE(pulled.customFields.size(), 1);
    QCOMPARE(pulled.customFields[0].key, QStringLiteral("customer_id"));
    QVERIFY(pulled.extraValuesMapping.isEmpty());
    QVERIFY(window->document()->isModified());
    QVERIFY(!window->syncRecord());

    // docs/api.md's words in the banner, with the checklist one button away.
    MessageBanner* banner = window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("The settings could not be read.")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("no messaging-settings API (HTTP 404), as "
                                                    "on every real Engage domain")),
             qPrintable(banner->text()));
    auto* checklist = banner->findChild<QAbstractButton*>(QStringLiteral("messageAction"));
    QVERIFY(checklist->isVisible());
    checklist->click();
    QVERIFY(visibleWindow(QStringLiteral("consoleChecklistDialog")));
}

void TestGuiDomain::pushWithoutTheExtensionSaysSoAndOffersTheChecklist()
{
    const ScriptedServer server(realDomainAnswer);
    MainWindow* window = openWebsiteChat();
    QVERIFY(window);
    QVERIFY(connectWith(window, server.url(), token));
    // The file was not pulled from there: the push asks first.
    prompts::answerNextQuestion(QMessageBox::Yes);
    trigger(window, QStringLiteral("pushAction"));
    MessageBanner* banner = window->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("no messaging-settings API (HTTP 404)")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Sync > Console Checklist")),
             qPrintable(banner->text()));
    banner->findChild<QAbstractButton*>(QStringLiteral("messageAction"))->click();
    QVERIFY(visibleWindow(QStringLiteral("consoleChecklistDialog")));
}

void TestGuiDomain::pullWithoutTheCatalogueSaysWhatItCouldNotRead()
{
    // The settings extension is there, but the token may not read custom fields.
    const ScriptedServer server([](const QByteArray& target) -> QByteArray {
        if (target.startsWith("/1.0/custom_fields?")) {
            return jsonAnswer(403, "Forbidden",
                              R"({"error":"authorization_required","message":"Forbidden",)"
                              R"("status":403})");
        }
        if (target == "/1.0/communities/5f0c0a1b2c3d4e5f60718293/messaging_settings") {
            const QByteArray body =
                R"({"signed_identities":"require","extra_values_mapping":[],"jwt_keys":[],)"
                R"("updated_at":"2025-01-06T09:00:00Z"})";
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nETag: \"v7\"\r\n"
                   "Content-Length: " +
                   QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        }
        return realDomainAnswer(target);
    });
    auto* window = new MainWindow;
    window->show();
    QVERIFY(connectWith(window, server.url(), token));
    trigger(window, QStringLiteral("pullAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("pullDialog"));
    QVERIFY(dialog);
    auto* list = dialog->findChild<QTreeView*>(QStringLiteral("communityList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
    list->setCurrentIndex(list->model()->index(0, 0));
    dialog->findChild<QAbstractButton*>(QStringLiteral("pullButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->document()->config().community.id, websiteChatId, 10000);

    QCOMPARE(window->document()->config().signedIdentities, QStringLiteral("require"));
    QVERIFY(window->document()->config().customFields.isEmpty());
    // The settings were read: a later push is conditional on them.
    QVERIFY(window->syncRecord());
    QCOMPARE(window->syncRecord()->etag, QStringLiteral("\"v7\""));
    MessageBanner* banner = window->banner();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(QStringLiteral("The custom fields catalogue could not be "
                                                    "read: The API token is not allowed")),
             qPrintable(banner->text()));
    QVERIFY(!banner->findChild<QAbstractButton*>(QStringLiteral("messageAction"))->isVisible());
}

void TestGuiDomain::everyControlOfTheDomainDialogsHasAnAccessibleName()
{
    MainWindow* window = openWebsiteChat();
    QVERIFY(window);
    QVERIFY(connectWith(window, m_emulator->url(), token));
    trigger(window, QStringLiteral("refreshCatalogueAction"));
    QWidget* dialog = visibleWindow(QStringLiteral("catalogueRefreshDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QListWidget*>(QStringLiteral("catalogueChangesList"))->count() > 0,
        10000);
    QCOMPARE(unnamedControls(dialog), QStringList());
    dialog->close();

    for (const char* action : {"checkIdentityAction", "consoleChecklistAction"}) {
        trigger(window, QLatin1String(action));
        dialog = QApplication::activeModalWidget();
        QVERIFY2(dialog, action);
        QCOMPARE(unnamedControls(dialog), QStringList());
        dialog->close();
    }
}

QTEST_MAIN(TestGuiDomain)
#include "test_gui_domain.moc"
