// The JWT workbench as a person uses it (engage-admin(1)): the real dialog over a document, on the
// offscreen platform, with a fixed clock. Tokens are made with JwtSigner, as in
// test_jwt_signer; the private key file chooser is answered in advance through prompts::.

#include "config/community_config.h"
#include "document/config_document.h"
#include "json/json_parser.h"
#include "jwt/jwt_signer.h"
#include "jwt_workbench.h"
#include "prompts.h"
#include "support/openssl_fixtures.h"
#include "text/untrusted_text.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace engage;

namespace {

const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
const QString secret = QStringLiteral("9aeaf06388b8ab6487d1605b");
const QByteArray goodPayload =
    R"({"uuid":"visitor-42","extra_values":{"cell_number":"+33612345678"}})";

// The same token with its signature changed: its first character, so that decoded bits change.
QByteArray withTamperedSignature(const QByteArray& token)
{
    QByteArray tampered = token;
    const qsizetype signatureStart = token.lastIndexOf('.') + 1;
    tampered[signatureStart] = token.at(signatureStart) == 'A' ? 'B' : 'A';
    return tampered;
}

// Every text the dialog's widgets show, or give to assistive technologies.
QStringList shownTexts(const QWidget* dialog)
{
    QStringList texts{dialog->windowTitle()};
    for (const QWidget* widget : dialog->findChildren<QWidget*>()) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            texts << label->text();
        } else if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
            texts << line->text();
        } else if (const auto* edit = qobject_cast<const QPlainTextEdit*>(widget)) {
            texts << edit->toPlainText();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (const auto* table = qobject_cast<const QTableWidget*>(widget)) {
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column)
                    texts << (table->item(row, column) ? table->item(row, column)->text()
                                                       : QString());
            }
        }
    }
    return texts;
}

} // namespace

class TestJwtWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void namesEveryControlForAssistiveTechnologies();
    void opensWithinTheScreen();
    void acceptsAGoodTokenTypedIn();
    void refusesBadTokensWithTheReasonInWords_data();
    void refusesBadTokensWithTheReasonInWords();
    void verifiesAgainWhenTheConfigurationChanges();
    void offersTheConfiguredKeysForSigning();
    void signsAnHs256TestTokenThatVerifies();
    void saysWhereThePayloadJsonIsInvalid();
    void signsAnRs256TestTokenWithoutKeepingThePrivateKey();
    void refusesAPrivateKeyFileTooLargeToBeAKey();
    void showsTokenTextEscaped();
    void showsTheHintsUnderTheVerdict();
    void showsTheTokenTimesAsDatesAndDistances();
    void showsTheNameInTheFileWhole();
    void signedTokenIsReadWholeAndCopiedByKeyboard();
    void signingResultGoesWhenItsCauseChanges();
    void signingButtonsStayPutWhenAnErrorAppears();

private:
    CommunityConfig config();
    QByteArray hsToken(const QByteArray& payload, qint64 ttlSeconds = defaultJwtTtlSeconds);
    void paste(const QByteArray& token);

    template <typename Widget> Widget* control(const char* objectName) const
    {
        return m_workbench->findChild<Widget*>(QString::fromLatin1(objectName));
    }
    QString verdict() const { return control<QLabel>("verdictLabel")->text(); }

    OpensslFixtures m_keys;
    QString m_privateKeyFile;
    std::unique_ptr<ConfigDocument> m_document;
    std::unique_ptr<JwtWorkbench> m_workbench;
};

void TestJwtWorkbench::initTestCase()
{
    m_privateKeyFile = m_keys.path(QStringLiteral("private.pem"));
    QFile file(m_privateKeyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(m_keys.rsaPrivateKey()) > 0);
}

CommunityConfig TestJwtWorkbench::config()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.extraValuesMapping = {
        MappingRow{QStringLiteral("cell_number"), QStringLiteral("mobile_phone")}};
    config.jwtKeys = {
        JwtKey{QStringLiteral("prod"), JwtAlgorithm::hs256, secret, std::nullopt},
        JwtKey{QStringLiteral("rsa_2026"), JwtAlgorithm::rs256, std::nullopt,
               QString::fromLatin1(m_keys.rsaPublicKey())},
    };
    return config;
}

QByteArray TestJwtWorkbench::hsToken(const QByteArray& payload, qint64 ttlSeconds)
{
    JwtSignRequest request;
    request.kid = QStringLiteral("prod");
    request.payload = parseJson(payload).value.value_or(JsonValue());
    request.nowUnixSeconds = now;
    request.ttlSeconds = ttlSeconds;
    return JwtSigner::sign(config(), request).token.value_or(QByteArray());
}

void TestJwtWorkbench::init()
{
    m_document = std::make_unique<ConfigDocument>();
    m_document->reset(config());
    m_workbench = std::make_unique<JwtWorkbench>(m_document.get());
    m_workbench->setClock([] { return now; });
    m_workbench->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workbench.get()));
}

void TestJwtWorkbench::cleanup()
{
    m_workbench.reset();
    m_document.reset();
    QVERIFY(prompts::allAnswersUsed());
}

// Like the main window, the workbench fits a small screen (the offscreen one is 800x800) rather
// than opening at its preferred 1100x720 with its right-hand column off the edge.
void TestJwtWorkbench::opensWithinTheScreen()
{
    const QRect available = m_workbench->screen()->availableGeometry();
    QVERIFY2(m_workbench->width() <= available.width() &&
                 m_workbench->height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(m_workbench->width())
                            .arg(m_workbench->height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestJwtWorkbench::paste(const QByteArray& token)
{
    control<QPlainTextEdit>("tokenEdit")->setPlainText(QString::fromLatin1(token));
}

void TestJwtWorkbench::namesEveryControlForAssistiveTechnologies()
{
    QCOMPARE(m_workbench->objectName(), QStringLiteral("jwtWorkbench"));
    QVERIFY(!m_workbench->isModal());
    for (const char* name : {"tokenEdit", "headerView", "payloadView", "mappedFieldsView",
                             "signKeyCombo", "signPayloadEdit", "signTtlSpin", "privateKeyButton",
                             "signButton", "signedTokenEdit", "verifySignedButton"}) {
        const QWidget* widget = control<QWidget>(name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(control<QLabel>("verdictLabel"));
    QVERIFY(control<QLabel>("signErrorLabel"));
}

void TestJwtWorkbench::acceptsAGoodTokenTypedIn()
{
    const QByteArray token = hsToken(goodPayload);
    QVERIFY(!token.isEmpty());
    QTest::keyClicks(control<QPlainTextEdit>("tokenEdit"), QString::fromLatin1(token));

    QVERIFY2(verdict().startsWith(QStringLiteral("Accepted")), qPrintable(verdict()));
    QVERIFY(!control<QLabel>("verdictIcon")->pixmap().isNull());
    const QString header = control<QPlainTextEdit>("headerView")->toPlainText();
    QVERIFY2(header.contains(QStringLiteral("\"kid\": \"prod\"")), qPrintable(header));
    // Members in the token's own order, not sorted.
    QVERIFY(header.indexOf(QStringLiteral("\"typ\"")) < header.indexOf(QStringLiteral("\"alg\"")));
    QVERIFY(control<QPlainTextEdit>("payloadView")
                ->toPlainText()
                .contains(QStringLiteral("\"uuid\": \"visitor-42\"")));
    const auto* mapped = control<QTableWidget>("mappedFieldsView");
    QCOMPARE(mapped->rowCount(), 1);
    QCOMPARE(mapped->item(0, 0)->text(), QStringLiteral("Mobile phone"));
    QCOMPARE(mapped->item(0, 1)->text(), QStringLiteral("mobile_phone"));
    QCOMPARE(mapped->item(0, 2)->text(), QStringLiteral("+33612345678"));
}

void TestJwtWorkbench::refusesBadTokensWithTheReasonInWords_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("headerDecodes");

    QTest::newRow("tampered signature")
        << withTamperedSignature(hsToken(goodPayload)) << QStringLiteral("bad_signature") << true;
    QTest::newRow("expires within the hour")
        << hsToken(goodPayload, 60) << QStringLiteral("exp_too_soon") << true;
    QTest::newRow("exp is not a number") << hsToken(R"({"uuid":"visitor-42","exp":"tomorrow"})")
                                         << QStringLiteral("invalid_exp") << true;
    QTest::newRow("garbage") << QByteArray("this is not a token")
                             << QStringLiteral("malformed_token") << false;
}

void TestJwtWorkbench::refusesBadTokensWithTheReasonInWords()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, reason);
    QFETCH(bool, headerDecodes);

    paste(token);
    QVERIFY2(
        verdict().startsWith(QStringLiteral("Refused: ") + reason + QStringLiteral(" \u2014 ")),
        qPrintable(verdict()));
    // The reason's sentence follows its name.
    QVERIFY(verdict().size() > reason.size() + 20);
    QVERIFY(!control<QLabel>("verdictIcon")->pixmap().isNull());
    QCOMPARE(control<QPlainTextEdit>("headerView")->toPlainText().contains(QStringLiteral("kid")),
             headerDecodes);
    QCOMPARE(control<QTableWidget>("mappedFieldsView")->rowCount(), 0);
}

void TestJwtWorkbench::verifiesAgainWhenTheConfigurationChanges()
{
    paste(hsToken(goodPayload));
    QVERIFY(verdict().startsWith(QStringLiteral("Accepted")));

    m_document->setSignedIdentities(SignedIdentities::reject);
    QVERIFY2(verdict().startsWith(QStringLiteral("Refused: signed_identities_rejected")),
             qPrintable(verdict()));
    // Nothing is verified in reject mode, but the token can still be read.
    QVERIFY(control<QPlainTextEdit>("headerView")->toPlainText().contains(QStringLiteral("kid")));

    m_document->undoStack()->undo();
    QVERIFY(verdict().startsWith(QStringLiteral("Accepted")));
}

void TestJwtWorkbench::offersTheConfiguredKeysForSigning()
{
    const auto* keys = control<QComboBox>("signKeyCombo");
    QCOMPARE(keys->itemText(0), QStringLiteral("prod (HS256)"));
    QCOMPARE(keys->itemText(1), QStringLiteral("rsa_2026 (RS256)"));

    QVERIFY(m_document->insertRow(
        2, JwtKey{QStringLiteral("staging"), JwtAlgorithm::hs256, secret, std::nullopt}));
    QCOMPARE(keys->itemText(2), QStringLiteral("staging (HS256)"));

    m_document->reset(CommunityConfig());
    QCOMPARE(keys->count(), 0);
    QVERIFY(!control<QPushButton>("signButton")->isEnabled());
    m_document->reset(config());
    QCOMPARE(keys->currentText(), QStringLiteral("prod (HS256)"));
    QVERIFY(control<QPushButton>("signButton")->isEnabled());
}

void TestJwtWorkbench::signsAnHs256TestTokenThatVerifies()
{
    auto* keys = control<QComboBox>("signKeyCombo");
    QCOMPARE(keys->count(), 2);
    keys->setCurrentIndex(keys->findText(QStringLiteral("prod (HS256)")));
    QVERIFY(!control<QPushButton>("privateKeyButton")->isEnabled());
    QCOMPARE(control<QSpinBox>("signTtlSpin")->value(), int(defaultJwtTtlSeconds));

    QTest::mouseClick(control<QPushButton>("signButton"), Qt::LeftButton);
    const QString signedToken = control<QPlainTextEdit>("signedTokenEdit")->toPlainText();
    QVERIFY(!signedToken.isEmpty());
    QVERIFY(control<QLabel>("signErrorLabel")->isHidden());

    QTest::mouseClick(control<QPushButton>("verifySignedButton"), Qt::LeftButton);
    QCOMPARE(control<QPlainTextEdit>("tokenEdit")->toPlainText(), signedToken);
    QVERIFY2(verdict().startsWith(QStringLiteral("Accepted")), qPrintable(verdict()));
    QVERIFY(control<QPlainTextEdit>("payloadView")
                ->toPlainText()
                .contains(QStringLiteral("\"exp\": %1").arg(now + defaultJwtTtlSeconds)));
    // The prefilled payload has an example for each mapped extra value.
    const auto* mapped = control<QTableWidget>("mappedFieldsView");
    QCOMPARE(mapped->rowCount(), 1);
    QCOMPARE(mapped->item(0, 1)->text(), QStringLiteral("mobile_phone"));
}

void TestJwtWorkbench::saysWhereThePayloadJsonIsInvalid()
{
    control<QPlainTextEdit>("signPayloadEdit")
        ->setPlainText(QStringLiteral("{\n  \"uuid\": \"visitor-1\",\n}"));
    QTest::mouseClick(control<QPushButton>("signButton"), Qt::LeftButton);

    const auto* error = control<QLabel>("signErrorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("line 3, column 1")), qPrintable(error->text()));
    QVERIFY(control<QPlainTextEdit>("signedTokenEdit")->toPlainText().isEmpty());
}

void TestJwtWorkbench::signsAnRs256TestTokenWithoutKeepingThePrivateKey()
{
    auto* keys = control<QComboBox>("signKeyCombo");
    keys->setCurrentIndex(keys->findText(QStringLiteral("rsa_2026 (RS256)")));
    auto* privateKeyButton = control<QPushButton>("privateKeyButton");
    QVERIFY(privateKeyButton->isEnabled());

    // Without the private key, the signer says what is missing.
    QTest::mouseClick(control<QPushButton>("signButton"), Qt::LeftButton);
    QVERIFY(!control<QLabel>("signErrorLabel")->isHidden());
    QVERIFY(control<QPlainTextEdit>("signedTokenEdit")->toPlainText().isEmpty());

    prompts::answerNextFileChooser(m_privateKeyFile);
    QTest::mouseClick(privateKeyButton, Qt::LeftButton);
    QTest::mouseClick(control<QPushButton>("signButton"), Qt::LeftButton);
    QVERIFY2(control<QLabel>("signErrorLabel")->isHidden(),
             qPrintable(control<QLabel>("signErrorLabel")->text()));
    QTest::mouseClick(control<QPushButton>("verifySignedButton"), Qt::LeftButton);
    QVERIFY2(verdict().startsWith(QStringLiteral("Accepted")), qPrintable(verdict()));
    QVERIFY(control<QPlainTextEdit>("headerView")
                ->toPlainText()
                .contains(QStringLiteral("\"alg\": \"RS256\"")));

    const QStringList texts = shownTexts(m_workbench.get());
    for (const QByteArray& pemLine : m_keys.rsaPrivateKey().split('\n')) {
        if (pemLine.isEmpty() || pemLine.startsWith("-----"))
            continue;
        for (const QString& text : texts)
            QVERIFY2(!text.contains(QString::fromLatin1(pemLine)), "private key text is shown");
    }
}

void TestJwtWorkbench::refusesAPrivateKeyFileTooLargeToBeAKey()
{
    const QString hugeFile = m_keys.path(QStringLiteral("huge.pem"));
    QFile file(hugeFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(maxPrivateKeyFileSize + 1, 'A')) > 0);
    file.close();

    auto* keys = control<QComboBox>("signKeyCombo");
    keys->setCurrentIndex(keys->findText(QStringLiteral("rsa_2026 (RS256)")));
    prompts::answerNextFileChooser(hugeFile);
    QTest::mouseClick(control<QPushButton>("privateKeyButton"), Qt::LeftButton);
    QTest::mouseClick(control<QPushButton>("signButton"), Qt::LeftButton);

    const auto* error = control<QLabel>("signErrorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("larger than 1 MiB")),
             qPrintable(error->text()));
    QVERIFY(control<QPlainTextEdit>("signedTokenEdit")->toPlainText().isEmpty());
}

// ESC [2K erases a line and U+202E reverses what follows it: shown as escapes, not obeyed.
void TestJwtWorkbench::showsTokenTextEscaped()
{
    paste(hsToken(R"({"uuid":"visitor-42","extra_values":{"cell_number":"\u001b[2K\u202eabc"}})"));

    QVERIFY2(verdict().startsWith(QStringLiteral("Accepted")), qPrintable(verdict()));
    QCOMPARE(control<QTableWidget>("mappedFieldsView")->item(0, 2)->text(),
             QStringLiteral("\\u001b[2K\\u202eabc"));
    const QString payload = control<QPlainTextEdit>("payloadView")->toPlainText();
    QVERIFY2(payload.contains(QStringLiteral(R"("cell_number": "\u001b[2K\u202eabc")")),
             qPrintable(payload));
    for (const QString& text : shownTexts(m_workbench.get())) {
        for (const char32_t character : text.toUcs4())
            QVERIFY2(character == U'\n' || !UntrustedText::mustEscape(character), qPrintable(text));
    }
}

// The issue's commonest mistake: the secret hex-decoded before signing. The hint says so in
// words, under the verdict, whole and selectable; a token without a mistake shows none.
void TestJwtWorkbench::showsTheHintsUnderTheVerdict()
{
    const QByteArray token = hsToken(goodPayload);
    const QByteArray signingInput = token.left(token.lastIndexOf('.'));
    const QByteArray hexSigned =
        signingInput + '.' +
        QMessageAuthenticationCode::hash(signingInput, QByteArray::fromHex(secret.toLatin1()),
                                         QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    paste(hexSigned);
    QVERIFY2(verdict().startsWith(QStringLiteral("Refused: bad_signature")), qPrintable(verdict()));
    const auto* hints = control<QLabel>("hintsLabel");
    QVERIFY(hints->isVisible());
    QVERIFY2(hints->text().contains(QStringLiteral("hex-decoded")), qPrintable(hints->text()));
    QVERIFY(hints->text().contains(QStringLiteral("pass the secret to the JWT library as text")));
    QVERIFY(!hints->text().contains(secret));
    QVERIFY(hints->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    QVERIFY(hints->wordWrap());
    QVERIFY(!hints->accessibleName().isEmpty());
    // Laid out tall enough for every wrapped line: nothing is cut off.
    QTRY_VERIFY(hints->height() >= hints->heightForWidth(hints->width()));
    QVERIFY(hints->geometry().top() >= control<QLabel>("verdictLabel")->geometry().bottom());

    paste("Bearer " + token);
    QVERIFY2(hints->text().contains(QStringLiteral("a \"Bearer \" prefix")),
             qPrintable(hints->text()));
    QVERIFY(hints->text().contains(QStringLiteral("Once they are removed it is accepted")));

    paste(token);
    QVERIFY2(verdict().startsWith(QStringLiteral("Accepted")), qPrintable(verdict()));
    QVERIFY(!hints->isVisible());
    QVERIFY(hints->text().isEmpty());
}

void TestJwtWorkbench::showsTheTokenTimesAsDatesAndDistances()
{
    const auto* times = control<QLabel>("tokenTimesLabel");
    QVERIFY(times);
    QVERIFY(!times->isVisible());
    paste(hsToken(R"({"uuid":"visitor-42","iat":1767225420})")); // issued 3 min before now
    QVERIFY(times->isVisible());
    const QStringList lines = times->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Expires (exp): ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("2026-01-01 02:00:00 UTC \u2014 in 2 h.")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("2025-12-31 23:57:00 UTC \u2014 3 min ago.")),
             qPrintable(lines.at(1)));

    m_workbench->setClock([] { return now + 3 * 3600; });
    QVERIFY2(times->text().startsWith(QStringLiteral("Expires (exp): ")),
             qPrintable(times->text()));
    QVERIFY2(
        times->text().split(QLatin1Char('\n')).at(0).endsWith(QStringLiteral("expired 1 h ago.")),
        qPrintable(times->text()));

    paste("this is not a token");
    QVERIFY(!times->isVisible());
}

void TestJwtWorkbench::showsTheNameInTheFileWhole()
{
    CommunityConfig longNames = config();
    longNames.customFields = {CustomField{QStringLiteral("preferred_contact_channel_for_support"),
                                          QStringLiteral("Preferred contact channel"),
                                          QStringLiteral("string"),
                                          {}}};
    longNames.extraValuesMapping = {
        MappingRow{QStringLiteral("cell_number"),
                   QStringLiteral("custom_field:preferred_contact_channel_for_support")}};
    m_document->reset(longNames);
    paste(hsToken(goodPayload));
    QVERIFY2(verdict().startsWith(QStringLiteral("Accepted")), qPrintable(verdict()));
    const auto* mapped = control<QTableWidget>("mappedFieldsView");
    QCOMPARE(mapped->rowCount(), 1);
    for (int column : {0, 1}) {
        const QString text = mapped->item(0, column)->text();
        QVERIFY2(mapped->columnWidth(column) > mapped->fontMetrics().horizontalAdvance(text),
                 qPrintable(text));
        const QString header = mapped->horizontalHeaderItem(column)->text();
        QVERIFY2(mapped->columnWidth(column) > mapped->fontMetrics().horizontalAdvance(header),
                 qPrintable(header));
    }
}

void TestJwtWorkbench::signedTokenIsReadWholeAndCopiedByKeyboard()
{
    auto* sign = control<QPushButton>("signButton");
    sign->setFocus();
    QTest::keyClick(sign, Qt::Key_Space);
    auto* signedToken = control<QPlainTextEdit>("signedTokenEdit");
    QVERIFY(signedToken);
    const QString token = signedToken->toPlainText();
    QVERIFY(!token.isEmpty());
    QVERIFY(signedToken->isReadOnly());
    QVERIFY(signedToken->lineWrapMode() != QPlainTextEdit::NoWrap);
    // Several lines high, so that a token is read whole without scrolling sideways.
    QVERIFY(signedToken->height() >= 3 * signedToken->fontMetrics().lineSpacing());

    QTest::keyClick(sign, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), signedToken);
    QTest::keyClick(signedToken, Qt::Key_Tab);
    auto* copy = qobject_cast<QPushButton*>(QApplication::focusWidget());
    QVERIFY(copy);
    QCOMPARE(copy->objectName(), QStringLiteral("copySignedButton"));
    QVERIFY(!copy->accessibleName().isEmpty());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(copy, Qt::Key_Space);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
}

void TestJwtWorkbench::signingResultGoesWhenItsCauseChanges()
{
    auto* keys = control<QComboBox>("signKeyCombo");
    auto* sign = control<QPushButton>("signButton");
    auto* signedToken = control<QPlainTextEdit>("signedTokenEdit");
    auto* error = control<QLabel>("signErrorLabel");
    QVERIFY(signedToken);

    // Another key chosen: the previous key's token goes.
    QTest::mouseClick(sign, Qt::LeftButton);
    QVERIFY(!signedToken->toPlainText().isEmpty());
    keys->setCurrentIndex(keys->findText(QStringLiteral("rsa_2026 (RS256)")));
    QVERIFY(signedToken->toPlainText().isEmpty());

    // The RS256 key's error (no private key yet) goes with it too.
    QTest::mouseClick(sign, Qt::LeftButton);
    QVERIFY(!error->isHidden());
    keys->setCurrentIndex(keys->findText(QStringLiteral("prod (HS256)")));
    QVERIFY(error->isHidden());

    // The key edited.
    QTest::mouseClick(sign, Qt::LeftButton);
    QVERIFY(!signedToken->toPlainText().isEmpty());
    JwtKey edited = m_document->config().jwtKeys.at(0);
    edited.secret = QStringLiteral("0123456789abcdef01234567");
    QVERIFY(m_document->replaceRow(0, edited, ConfigDocument::noMerge));
    QVERIFY(signedToken->toPlainText().isEmpty());

    // The claims edited: payload or lifetime.
    QTest::mouseClick(sign, Qt::LeftButton);
    QVERIFY(!signedToken->toPlainText().isEmpty());
    QTest::keyClicks(control<QPlainTextEdit>("signPayloadEdit"), QStringLiteral(" "));
    QVERIFY(signedToken->toPlainText().isEmpty());
    QTest::mouseClick(sign, Qt::LeftButton);
    QVERIFY(!signedToken->toPlainText().isEmpty());
    control<QSpinBox>("signTtlSpin")->stepUp();
    QVERIFY(signedToken->toPlainText().isEmpty());

    // Another key in the document, not the chosen one: the token stays.
    QTest::mouseClick(sign, Qt::LeftButton);
    JwtKey other = m_document->config().jwtKeys.at(1);
    other.id = QStringLiteral("rsa_2027");
    QVERIFY(m_document->replaceRow(1, other, ConfigDocument::noMerge));
    QVERIFY(!signedToken->toPlainText().isEmpty());
}

// A click aimed at Sign or Verify must not land elsewhere because an error line appeared.
void TestJwtWorkbench::signingButtonsStayPutWhenAnErrorAppears()
{
    auto* sign = control<QPushButton>("signButton");
    auto* verify = control<QPushButton>("verifySignedButton");
    auto* copy = control<QPushButton>("copySignedButton");
    QVERIFY(copy);
    auto* payload = control<QPlainTextEdit>("signPayloadEdit");
    payload->setPlainText(QStringLiteral("{\n  \"uuid\": \"visitor-1\",\n}"));
    const auto where = [this](QWidget* widget) {
        return QRect(widget->mapTo(m_workbench.get(), QPoint(0, 0)), widget->size());
    };
    const QRect signBefore = where(sign);
    const QRect verifyBefore = where(verify);
    const QRect copyBefore = where(copy);

    QTest::mouseClick(sign, Qt::LeftButton);
    QVERIFY(!control<QLabel>("signErrorLabel")->isHidden());
    QApplication::processEvents(); // the layout settles
    QCOMPARE(where(sign), signBefore);
    QCOMPARE(where(verify), verifyBefore);
    QCOMPARE(where(copy), copyBefore);
}

QTEST_MAIN(TestJwtWorkbench)
#include "test_jwt_workbench.moc"
