#include "jwt_workbench.h"

#include "document/config_document.h"
#include "document/diagnostic_presentation.h"
#include "document/jwt_key_list_model.h"
#include "json/json_writer.h"
#include "jwt/jwt_signer.h"
#include "jwt/jwt_verifier.h"
#include "jwt/test_token_payload.h"
#include "jwt/token_times.h"
#include "prompts.h"
#include "secret_clipboard.h"
#include "text/untrusted_text.h"
#include "window_placement.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStringList>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

#include <limits>
#include <optional>
#include <utility>

namespace engage {

namespace {

enum MappedFieldColumn { LabelColumn, NameColumn, ValueColumn, MappedFieldColumnCount };

constexpr int secondsPerHour = 3600; // the lifetime's step: nobody counts a token's life in seconds
constexpr int signedTokenLines = 4;  // an RS256 token wraps to about four lines of the box
constexpr int signErrorLines = 3;    // the room kept for a signing error, shown or not

QLabel* labelFor(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// A word-wrapped sentence that may quote what the person typed or pasted: plain text, so
// that nothing in it is taken for markup.
QLabel* makeSentenceLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Tokens and JSON in a fixed-width font; Tab moves on, as everywhere else in the dialog.
QPlainTextEdit* makeCodeEdit(const QString& objectName, const QString& accessibleName,
                             QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    return edit;
}

QPlainTextEdit* makeJsonView(const QString& objectName, const QString& accessibleName,
                             const QString& placeholder, QWidget* parent)
{
    QPlainTextEdit* view = makeCodeEdit(objectName, accessibleName, parent);
    view->setReadOnly(true);
    // Read-only, but still read and selected with the keyboard.
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setPlaceholderText(placeholder);
    return view;
}

QString indentedText(const std::optional<JsonValue>& value)
{
    return value ? QString::fromUtf8(toIndentedJson(*value)) : QString();
}

} // namespace

JwtWorkbench::JwtWorkbench(ConfigDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); }),
      m_token(makeCodeEdit(QStringLiteral("tokenEdit"), tr("Token to verify"), this)),
      m_verdictIcon(new QLabel(this)),
      m_verdict(makeSentenceLabel(QStringLiteral("verdictLabel"), this)),
      m_hints(makeSentenceLabel(QStringLiteral("hintsLabel"), this)),
      m_header(makeJsonView(QStringLiteral("headerView"), tr("Decoded header"),
                            tr("The token's header appears here once it decodes."), this)),
      m_payload(makeJsonView(QStringLiteral("payloadView"), tr("Decoded payload"),
                             tr("The token's payload appears here once it decodes."), this)),
      m_tokenTimes(makeSentenceLabel(QStringLiteral("tokenTimesLabel"), this)),
      m_mappedFields(new QTableWidget(0, MappedFieldColumnCount, this)),
      m_signKey(new QComboBox(this)),
      m_signPayload(makeCodeEdit(QStringLiteral("signPayloadEdit"), tr("Payload to sign"), this)),
      m_signTtl(new QSpinBox(this)),
      m_privateKeyButton(new QPushButton(tr("Private key &file\u2026"), this)),
      m_signingKeyNote(makeSentenceLabel(QStringLiteral("signingKeyNote"), this)),
      m_signButton(new QPushButton(tr("&Sign"), this)),
      m_signedToken(makeCodeEdit(QStringLiteral("signedTokenEdit"), tr("Signed token"), this)),
      m_copySignedButton(new QPushButton(tr("Co&py"), this)),
      m_verifySignedButton(new QPushButton(tr("&Verify this token"), this)),
      m_signError(makeSentenceLabel(QStringLiteral("signErrorLabel"), this))
{
    setObjectName(QStringLiteral("jwtWorkbench"));
    setWindowTitle(tr("JWT Workbench"));
    setModal(false);

    m_token->setPlaceholderText(tr("Paste a signed identity (a JWT: header.payload.signature) "
                                   "to see whether Engage would accept it."));
    m_verdictIcon->setObjectName(QStringLiteral("verdictIcon"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hints->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hints->setAccessibleName(tr("Probable cause and what to change"));
    m_hints->setVisible(false);
    m_tokenTimes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_tokenTimes->setAccessibleName(tr("Token times"));
    m_tokenTimes->setVisible(false);

    m_mappedFields->setObjectName(QStringLiteral("mappedFieldsView"));
    m_mappedFields->setAccessibleName(tr("Mapped fields"));
    m_mappedFields->setHorizontalHeaderLabels({tr("Field"), tr("Name in the file"), tr("Value")});
    m_mappedFields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappedFields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappedFields->setTabKeyNavigation(false);
    m_mappedFields->verticalHeader()->hide();
    // The field and its name in the file are short and read whole; the value takes the rest.
    m_mappedFields->horizontalHeader()->setSectionResizeMode(LabelColumn,
                                                             QHeaderView::ResizeToContents);
    m_mappedFields->horizontalHeader()->setSectionResizeMode(NameColumn,
                                                             QHeaderView::ResizeToContents);
    m_mappedFields->horizontalHeader()->setStretchLastSection(true);

    // The rows are the configuration's keys, in order, refreshed by the model as they change.
    m_signKey->setObjectName(QStringLiteral("signKeyCombo"));
    m_signKey->setAccessibleName(tr("Key to sign with"));
    m_signKey->setModel(new JwtKeyListModel(document, this));
    m_signPayload->setPlainText(TestTokenPayload::example(document->config()));
    m_signTtl->setObjectName(QStringLiteral("signTtlSpin"));
    m_signTtl->setAccessibleName(tr("Lifetime in seconds"));
    m_signTtl->setRange(static_cast<int>(JwtVerifier::minimumLifetimeSeconds),
                        std::numeric_limits<int>::max());
    m_signTtl->setSingleStep(secondsPerHour);
    m_signTtl->setValue(static_cast<int>(defaultJwtTtlSeconds));
    m_signTtl->setAccessibleDescription(
        tr("Used when the payload has no \"exp\" of its own. Engage refuses tokens that expire "
           "less than an hour after they are checked, so the lifetime is at least an hour."));
    m_privateKeyButton->setObjectName(QStringLiteral("privateKeyButton"));
    m_privateKeyButton->setAccessibleName(tr("Choose the private key file"));
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setAccessibleName(tr("Sign a test token"));
    // Read whole, wrapped anywhere (a token has no spaces), and still selected by keyboard.
    m_signedToken->setReadOnly(true);
    m_signedToken->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_signedToken->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_signedToken->setWordWrapMode(QTextOption::WrapAnywhere);
    m_signedToken->setFixedHeight(m_signedToken->fontMetrics().lineSpacing() * signedTokenLines +
                                  2 * m_signedToken->frameWidth() +
                                  int(2 * m_signedToken->document()->documentMargin()));
    m_signedToken->setPlaceholderText(tr("The signed token appears here."));
    m_copySignedButton->setObjectName(QStringLiteral("copySignedButton"));
    m_copySignedButton->setAccessibleName(tr("Copy the signed token"));
    m_copySignedButton->setEnabled(false);
    m_verifySignedButton->setObjectName(QStringLiteral("verifySignedButton"));
    m_verifySignedButton->setAccessibleName(tr("Verify the signed token"));
    m_verifySignedButton->setEnabled(false);
    m_signError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_signError->hide();

    layOut();

    connect(m_token, &QPlainTextEdit::textChanged, this, &JwtWorkbench::verifyToken);
    // Emitted after every change of the configuration: keys, mode and mapping all matter.
    connect(document, &ConfigDocument::diagnosticsChanged, this, [this] {
        verifyToken();
        updateSigningControls();
    });
    // A signed token and a signing error speak of one key, one payload and one lifetime:
    // once any of them changes, they are gone.
    connect(document, &ConfigDocument::rowChanged, this, [this](ConfigList list, int row) {
        if (list == ConfigList::JwtKeys && row == m_signKey->currentIndex())
            clearSigningResult();
    });
    connect(m_signKey, &QComboBox::currentIndexChanged, this, [this] {
        clearSigningResult();
        updateSigningControls();
    });
    connect(m_signPayload, &QPlainTextEdit::textChanged, this, &JwtWorkbench::clearSigningResult);
    connect(m_signTtl, &QSpinBox::valueChanged, this, &JwtWorkbench::clearSigningResult);
    connect(m_privateKeyButton, &QPushButton::clicked, this, &JwtWorkbench::choosePrivateKeyFile);
    connect(m_signButton, &QPushButton::clicked, this, &JwtWorkbench::signToken);
    connect(m_signedToken, &QPlainTextEdit::textChanged, this, [this] {
        const bool signedOne = !m_signedToken->toPlainText().isEmpty();
        m_copySignedButton->setEnabled(signedOne);
        m_verifySignedButton->setEnabled(signedOne);
    });
    connect(m_copySignedButton, &QPushButton::clicked, this,
            [this] { SecretClipboard::copyText(m_signedToken->toPlainText()); });
    connect(m_verifySignedButton, &QPushButton::clicked, this, [this] {
        m_token->setPlainText(m_signedToken->toPlainText());
        m_token->setFocus();
    });

    verifyToken();
    updateSigningControls();
}

void JwtWorkbench::setClock(std::function<qint64()> nowUnixSeconds)
{
    m_clock = std::move(nowUnixSeconds);
    verifyToken();
}

void JwtWorkbench::layOut()
{
    auto* verifyBox = new QGroupBox(tr("Verify a token"), this);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    auto* decoded = new QGridLayout;
    decoded->addWidget(labelFor(tr("&Header, as decoded:"), m_header, verifyBox), 0, 0);
    decoded->addWidget(labelFor(tr("Pa&yload, as decoded:"), m_payload, verifyBox), 0, 1);
    decoded->addWidget(m_header, 1, 0);
    decoded->addWidget(m_payload, 1, 1);
    decoded->addWidget(m_tokenTimes, 2, 1);
    auto* verifyLayout = new QVBoxLayout(verifyBox);
    verifyLayout->addWidget(labelFor(tr("&Token:"), m_token, verifyBox));
    verifyLayout->addWidget(m_token, 1);
    verifyLayout->addLayout(verdictRow);
    verifyLayout->addWidget(m_hints);
    verifyLayout->addLayout(decoded, 2);
    verifyLayout->addWidget(
        labelFor(tr("&Mapped fields (accepted tokens only):"), m_mappedFields, verifyBox));
    verifyLayout->addWidget(m_mappedFields, 1);

    auto* signBox = new QGroupBox(tr("Sign a test token"), this);
    auto* privateKeyRow = new QHBoxLayout;
    privateKeyRow->addWidget(m_privateKeyButton, 0, Qt::AlignTop);
    privateKeyRow->addWidget(m_signingKeyNote, 1);
    auto* ttlNote = makeSentenceLabel(QStringLiteral("signTtlNote"), signBox);
    ttlNote->setText(m_signTtl->accessibleDescription());
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(m_signButton);
    signRow->addStretch();
    auto* signedTokenButtons = new QVBoxLayout;
    signedTokenButtons->addWidget(m_copySignedButton);
    signedTokenButtons->addWidget(m_verifySignedButton);
    auto* signedTokenRow = new QHBoxLayout;
    signedTokenRow->addWidget(m_signedToken, 1, Qt::AlignTop);
    signedTokenRow->addLayout(signedTokenButtons);
    signedTokenRow->setAlignment(signedTokenButtons, Qt::AlignTop);
    auto* signForm = new QFormLayout(signBox);
    signForm->addRow(labelFor(tr("&Key:"), m_signKey, signBox), m_signKey);
    signForm->addRow(privateKeyRow);
    signForm->addRow(labelFor(tr("Payload to si&gn:"), m_signPayload, signBox), m_signPayload);
    signForm->addRow(labelFor(tr("&Lifetime in seconds:"), m_signTtl, signBox), m_signTtl);
    signForm->addRow(ttlNote);
    signForm->addRow(signRow);
    // The error's room is kept while there is none, so that no button moves under the pointer
    // when an error appears or goes.
    auto* signErrorRoom = new QWidget(signBox);
    signErrorRoom->setFixedHeight(m_signError->fontMetrics().lineSpacing() * signErrorLines);
    auto* signErrorLayout = new QVBoxLayout(signErrorRoom);
    signErrorLayout->setContentsMargins(0, 0, 0, 0);
    signErrorLayout->addWidget(m_signError);
    signForm->addRow(signErrorRoom);
    // The token on the box's whole width, its label above it: it is the longest text here.
    signForm->addRow(labelFor(tr("Signed t&oken:"), m_signedToken, signBox));
    signForm->addRow(signedTokenRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* sections = new QHBoxLayout;
    sections->addWidget(verifyBox, 3);
    sections->addWidget(signBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sections, 1);
    layout->addWidget(buttons);

    // Reading order: the token and what it gives, then signing, then Close.
    const QList<QWidget*> tabOrder = {m_token,
                                      m_verdict,
                                      m_hints,
                                      m_header,
                                      m_payload,
                                      m_tokenTimes,
                                      m_mappedFields,
                                      m_signKey,
                                      m_privateKeyButton,
                                      m_signPayload,
                                      m_signTtl,
                                      m_signButton,
                                      m_signedToken,
                                      m_copySignedButton,
                                      m_verifySignedButton,
                                      buttons->button(QDialogButtonBox::Close)};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    // Fitted to the screen like the main window: whole at 1024x640 or at a 1.5 scale factor.
    resize(WindowPlacement::fitted(QSize(1100, 720), screen()->availableGeometry().size()));
}

void JwtWorkbench::verifyToken()
{
    // A pasted token often brings the line break or spaces around it: they are not part of it.
    const QByteArray token = m_token->toPlainText().trimmed().toUtf8();
    if (token.isEmpty()) {
        m_verdictIcon->clear();
        m_verdict->setText(tr("Paste a token above to see whether Engage would accept it."));
        m_hints->clear();
        m_hints->setVisible(false);
        m_tokenTimes->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                              Qt::TextSelectableByKeyboard);
        m_tokenTimes->setAccessibleName(tr("Token times"));
        m_tokenTimes->setVisible(false);
        m_header->clear();
        m_payload->clear();
        m_tokenTimes->clear();
        m_tokenTimes->setVisible(false);
        m_mappedFields->setRowCount(0);
        return;
    }
    const JwtVerdict verdict = JwtVerifier(m_document->config()).verify(token, m_clock());
    showVerdict(verdict);
    showHints(verdict);
    // Decoded apart from the verdict, which holds no payload in reject mode: a refused token
    // is still worth reading, to see why.
    const JwtInspection decoded = JwtVerifier::inspect(token);
    m_header->setPlainText(indentedText(decoded.header));
    m_payload->setPlainText(indentedText(decoded.payload));
    const QStringList times = decoded.payload ? TokenTimes::describe(*decoded.payload, m_clock(),
                                                                     QTimeZone::systemTimeZone())
                                              : QStringList();
    m_tokenTimes->setText(times.join(QLatin1Char('\n')));
    m_tokenTimes->setVisible(!times.isEmpty());
    showMappedFields(verdict);
}

void JwtWorkbench::showVerdict(const JwtVerdict& verdict)
{
    // The icon repeats what the words say: never colour or shape alone.
    const QIcon icon = verdict.accepted ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                                        : severityIcon(Severity::Error);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_verdictIcon->setPixmap(icon.pixmap(iconSize, iconSize));
    m_verdict->setText(
        verdict.accepted
            ? tr("Accepted: Engage would take this token as the visitor's signed identity.")
            : tr("Refused: %1 \u2014 %2").arg(jwtReasonName(*verdict.reason), verdict.message));
}

void JwtWorkbench::showHints(const JwtVerdict& verdict)
{
    QStringList lines{tr("Probable cause, and what to change:")};
    for (const JwtHint& hint : verdict.hints)
        lines << QStringLiteral("\u2022 ") + hint.message;
    m_hints->setText(verdict.hints.isEmpty() ? QString() : lines.join(QLatin1Char('\n')));
    m_hints->setVisible(!verdict.hints.isEmpty());
}

void JwtWorkbench::showMappedFields(const JwtVerdict& verdict)
{
    m_mappedFields->setRowCount(static_cast<int>(verdict.mappedFields.size()));
    for (int row = 0; row < m_mappedFields->rowCount(); ++row) {
        const MappedField& mapped = verdict.mappedFields.at(row);
        m_mappedFields->setItem(
            row, LabelColumn,
            new QTableWidgetItem(destinationLabel(m_document->config(), mapped.field)));
        m_mappedFields->setItem(row, NameColumn,
                                new QTableWidgetItem(UntrustedText::forDisplay(mapped.field)));
        m_mappedFields->setItem(row, ValueColumn,
                                new QTableWidgetItem(UntrustedText::forDisplay(mapped.value)));
    }
}

const JwtKey* JwtWorkbench::chosenSigningKey() const
{
    // The combo's rows are the configuration's keys, in order.
    const int row = m_signKey->currentIndex();
    const QList<JwtKey>& keys = m_document->config().jwtKeys;
    return row >= 0 && row < keys.size() ? &keys.at(row) : nullptr;
}

void JwtWorkbench::updateSigningControls()
{
    const JwtKey* key = chosenSigningKey();
    const bool needsPrivateKey = key && key->algorithm == JwtAlgorithm::rs256;
    m_signButton->setEnabled(key != nullptr);
    m_privateKeyButton->setEnabled(needsPrivateKey);
    if (!key) {
        m_signingKeyNote->setText(tr("Add a JWT key to the configuration to sign test tokens."));
    } else if (!needsPrivateKey) {
        m_signingKeyNote->setText(tr("Tokens are signed with the secret configured for this "
                                     "key."));
    } else if (m_privateKeyPath.isEmpty()) {
        m_signingKeyNote->setText(tr("An RS256 key signs with its private key: choose the PEM "
                                     "file that matches the configured public key."));
    } else {
        m_signingKeyNote->setText(tr("The private key is read from %1 when you sign, and is "
                                     "not kept.")
                                      .arg(QDir::toNativeSeparators(m_privateKeyPath)));
    }
}

void JwtWorkbench::choosePrivateKeyFile()
{
    const QString path = prompts::openFileName(this, tr("Choose the Private Key"),
                                               tr("PEM private keys (*.pem *.key);;All files (*)"));
    if (path.isEmpty())
        return;
    m_privateKeyPath = path;
    clearSigningResult();
    updateSigningControls();
}

void JwtWorkbench::signToken()
{
    clearSigningResult();
    TestTokenPayload::Reading payload = TestTokenPayload::read(m_signPayload->toPlainText());
    if (!payload.payload) {
        showSigningError(payload.problem);
        return;
    }
    const JwtKey* key = chosenSigningKey();
    if (!key)
        return;
    JwtSignRequest request;
    request.kid = key->id;
    request.payload = std::move(*payload.payload);
    request.nowUnixSeconds = m_clock();
    request.ttlSeconds = m_signTtl->value();
    if (key->algorithm == JwtAlgorithm::rs256 && !m_privateKeyPath.isEmpty()) {
        // Read now and dropped with the request: the dialog never keeps the key.
        PrivateKeyFile privateKey = JwtSigner::readPrivateKeyFile(m_privateKeyPath);
        if (privateKey.error) {
            showSigningError(*privateKey.error);
            return;
        }
        request.privateKeyPem = std::move(privateKey.pem);
    }
    const JwtSignResult result = JwtSigner::sign(m_document->config(), request);
    if (result.error) {
        showSigningError(*result.error);
        return;
    }
    m_signedToken->setPlainText(QString::fromLatin1(*result.token));
}

void JwtWorkbench::showSigningError(const QString& message)
{
    m_signError->setText(message);
    m_signError->show();
}

void JwtWorkbench::clearSigningResult()
{
    m_signedToken->clear();
    m_signError->hide();
    m_signError->clear();
}

} // namespace engage
