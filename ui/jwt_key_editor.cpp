#include "jwt_key_editor.h"

#include "config/public_key_import.h"
#include "crypto/secure_random.h"
#include "document/config_document.h"
#include "field_feedback.h"
#include "json/json_pointer.h"
#include "public_key_file_chooser.h"
#include "secret_clipboard.h"
#include "secret_line_edit.h"
#include "themed_icon.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>
#include <utility>

namespace engage {

JwtKeyEditor::JwtKeyEditor(ConfigDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_id(new QLineEdit(this)),
      m_algorithm(new QComboBox(this)), m_algorithmPages(new QStackedWidget(this)),
      m_secret(new SecretLineEdit(this)), m_revealSecret(new QToolButton(this)),
      m_copySecret(new QToolButton(this)), m_generate(new QPushButton(tr("&Generate"), this)),
      m_handOverNote(new QLabel(this)), m_clipboard(new SecretClipboard(this)),
      m_publicKey(new QPlainTextEdit(this)), m_keyFacts(new QLabel(this)),
      m_import(new QPushButton(tr("Import p&ublic key\u2026"), this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_id->setObjectName(QStringLiteral("keyIdEdit"));
    m_id->setAccessibleName(tr("Key ID"));
    m_id->setToolTip(tr("Lowercase letters, digits and underscores; the website sends it as "
                        "the token's \"kid\"."));
    m_algorithm->setObjectName(QStringLiteral("keyAlgorithmCombo"));
    m_algorithm->setAccessibleName(tr("Algorithm"));
    m_algorithm->addItem(tr("HS256 (shared secret)"), JwtAlgorithm::hs256);
    m_algorithm->addItem(tr("RS256 (RSA public key)"), JwtAlgorithm::rs256);
    m_secret->setObjectName(QStringLiteral("keySecretEdit"));
    m_secret->setAccessibleName(tr("Shared secret"));
    m_secret->setFont(fixed);
    m_secret->setToolTip(tr("24 characters of 0-9 and a-f, shared with the website."));
    m_revealSecret->setObjectName(QStringLiteral("revealSecretButton"));
    m_revealSecret->setDefaultAction(m_secret->revealAction());
    m_copySecret->setObjectName(QStringLiteral("copySecretButton"));
    m_copySecret->setDefaultAction(m_secret->copyAction());
    m_generate->setObjectName(QStringLiteral("generateSecretButton"));
    m_generate->setToolTip(tr("Replace the secret with 24 random hexadecimal characters."));
    m_handOverNote->setObjectName(QStringLiteral("secretHandOverNote"));
    m_handOverNote->setWordWrap(true);
    m_handOverNote->setText(
        tr("Hand the new secret to the website's integrators by another channel than the one "
           "its tokens travel through, never by e-mail in clear; the website keeps it on its "
           "server, never in a page."));
    m_handOverNote->hide();
    m_publicKey->setObjectName(QStringLiteral("publicKeyEdit"));
    m_publicKey->setAccessibleName(tr("RSA public key (PEM)"));
    m_publicKey->setFont(fixed);
    m_publicKey->setTabChangesFocus(true);
    // The document's undo stack is the only undo: the text box must not keep a pasted
    // private key in an undo history of its own.
    m_publicKey->setUndoRedoEnabled(false);
    m_publicKey->setPlaceholderText(
        QStringLiteral("-----BEGIN PUBLIC KEY-----\n\u2026\n-----END PUBLIC KEY-----"));
    m_keyFacts->setObjectName(QStringLiteral("publicKeyFacts"));
    m_keyFacts->setWordWrap(true);
    m_keyFacts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_import->setObjectName(QStringLiteral("importPublicKeyButton"));
    QToolButton* copyKeyId =
        makeCopyButton(QStringLiteral("copyKeyIdButton"), tr("Copy the Key ID"),
                       tr("Key ID copied."), [this] { return m_id->text(); });
    m_copyFingerprint =
        makeCopyButton(QStringLiteral("copyFingerprintButton"), tr("Copy the Fingerprint"),
                       tr("Fingerprint copied."),
                       [this] { return rsaPublicKeyFingerprint(m_publicKey->toPlainText()); });

    QLabel* idMessages = makeFieldMessageLabel(this, QStringLiteral("keyIdMessages"));
    QLabel* algorithmMessages = makeFieldMessageLabel(this, QStringLiteral("keyAlgorithmMessages"));
    QLabel* secretMessages = makeFieldMessageLabel(this, QStringLiteral("keySecretMessages"));
    QLabel* publicKeyMessages = makeFieldMessageLabel(this, QStringLiteral("publicKeyMessages"));
    m_idFeedback = std::make_unique<FieldFeedback>(m_id, idMessages);
    m_algorithmFeedback = std::make_unique<FieldFeedback>(m_algorithm, algorithmMessages);
    m_secretFeedback = std::make_unique<FieldFeedback>(m_secret, secretMessages);
    m_publicKeyFeedback = std::make_unique<FieldFeedback>(m_publicKey, publicKeyMessages);

    auto* secretPage = new QWidget(m_algorithmPages);
    auto* secretLayout = new QFormLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_revealSecret);
    secretRow->addWidget(m_copySecret);
    secretRow->addWidget(m_generate);
    auto* secretLabel = new QLabel(tr("Se&cret:"), secretPage);
    secretLabel->setBuddy(m_secret);
    secretLayout->addRow(secretLabel, secretRow);
    secretLayout->addRow(QString(), secretMessages);
    secretLayout->addRow(QString(), m_handOverNote);

    auto* publicKeyPage = new QWidget(m_algorithmPages);
    auto* publicKeyLayout = new QFormLayout(publicKeyPage);
    publicKeyLayout->setContentsMargins(0, 0, 0, 0);
    auto* publicKeyLabel = new QLabel(tr("&Public key:"), publicKeyPage);
    publicKeyLabel->setBuddy(m_publicKey);
    publicKeyLayout->addRow(publicKeyLabel, m_publicKey);
    auto* keyFactsRow = new QHBoxLayout;
    keyFactsRow->addWidget(m_keyFacts, 1);
    keyFactsRow->addWidget(m_copyFingerprint, 0, Qt::AlignTop);
    publicKeyLayout->addRow(QString(), keyFactsRow);
    publicKeyLayout->addRow(QString(), publicKeyMessages);
    publicKeyLayout->addRow(QString(), m_import);
    m_algorithmPages->addWidget(secretPage);
    m_algorithmPages->addWidget(publicKeyPage);

    auto* form = new QFormLayout;
    auto* idLabel = new QLabel(tr("Ke&y ID:"), this);
    idLabel->setBuddy(m_id);
    auto* algorithmLabel = new QLabel(tr("A&lgorithm:"), this);
    algorithmLabel->setBuddy(m_algorithm);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(copyKeyId);
    form->addRow(idLabel, idRow);
    form->addRow(QString(), idMessages);
    form->addRow(algorithmLabel, m_algorithm);
    form->addRow(QString(), algorithmMessages);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_algorithmPages, 1);
    // Each Copy button right after what it copies; the secret's reveal first.
    setTabOrder(m_id, copyKeyId);
    setTabOrder(copyKeyId, m_algorithm);
    setTabOrder(m_secret, m_revealSecret);
    setTabOrder(m_revealSecret, m_copySecret);
    setTabOrder(m_copySecret, m_generate);
    setTabOrder(m_keyFacts, m_copyFingerprint);
    setTabOrder(m_copyFingerprint, m_import);

    connect(m_id, &QLineEdit::textEdited, this, [this](const QString& text) {
        JwtKey key = m_document->config().jwtKeys.at(m_row);
        key.id = text;
        edit(key, IdField);
    });
    connect(m_algorithm, &QComboBox::activated, this, [this](int index) {
        JwtKey key = m_document->config().jwtKeys.at(m_row);
        key.algorithm = m_algorithm->itemData(index).toString();
        edit(key, ConfigDocument::noMerge);
    });
    connect(m_secret, &QLineEdit::textEdited, this, [this](const QString& text) {
        JwtKey key = m_document->config().jwtKeys.at(m_row);
        key.secret = text;
        edit(key, SecretField);
    });
    connect(m_secret->copyAction(), &QAction::triggered, this, &JwtKeyEditor::copySecret);
    connect(m_generate, &QPushButton::clicked, this, &JwtKeyEditor::generateSecret);
    connect(m_publicKey, &QPlainTextEdit::textChanged, this, &JwtKeyEditor::onPublicKeyChanged);
    connect(m_import, &QPushButton::clicked, this, &JwtKeyEditor::importPublicKey);
    connect(m_document, &ConfigDocument::rowChanged, this, [this](ConfigList list, int row) {
        if (list == ConfigList::JwtKeys && row == m_row)
            showKey();
    });
    connect(m_document, &ConfigDocument::diagnosticsChanged, this,
            &JwtKeyEditor::showDiagnostics);
    setRow(-1);
}

JwtKeyEditor::~JwtKeyEditor() = default;

void JwtKeyEditor::setRow(int row)
{
    const int shown = row >= 0 && row < m_document->config().jwtKeys.size() ? row : -1;
    if (shown != m_row)
        m_handOverNote->hide(); // it spoke of the key generated for, not of this one
    m_row = shown;
    setEnabled(m_row >= 0);
    showKey();
    showDiagnostics();
}

bool JwtKeyEditor::focusMember(const QString& member)
{
    QWidget* target = m_id;
    if (member == QLatin1String("algorithm"))
        target = m_algorithm;
    else if (member == QLatin1String("secret"))
        target = m_secret;
    else if (member == QLatin1String("public_key"))
        target = m_publicKey;
    if (!target->isVisibleTo(this))
        target = m_id;
    target->setFocus(Qt::OtherFocusReason);
    return m_row >= 0;
}

void JwtKeyEditor::showKey()
{
    m_showing = true;
    const JwtKey key = m_row >= 0 ? m_document->config().jwtKeys.at(m_row) : JwtKey{};
    if (m_id->text() != key.id)
        m_id->setText(key.id);
    // An algorithm the file got wrong stays visible as written until it is changed.
    int algorithmIndex = m_algorithm->findData(key.algorithm);
    if (algorithmIndex < 0) {
        while (m_algorithm->count() > 2)
            m_algorithm->removeItem(2);
        m_algorithm->addItem(key.algorithm.isEmpty() ? tr("(none)") : key.algorithm,
                             key.algorithm);
        algorithmIndex = 2;
    }
    m_algorithm->setCurrentIndex(algorithmIndex);
    m_algorithmPages->setCurrentIndex(key.algorithm == JwtAlgorithm::rs256 ? 1 : 0);
    m_algorithmPages->setVisible(key.algorithm == JwtAlgorithm::hs256 ||
                                 key.algorithm == JwtAlgorithm::rs256);
    const QString secret = key.secret.value_or(QString());
    if (m_secret->text() != secret)
        m_secret->setText(secret);
    m_secret->copyAction()->setEnabled(!secret.isEmpty());
    const QString publicKey = key.publicKey.value_or(QString());
    if (m_publicKey->toPlainText() != publicKey)
        m_publicKey->setPlainText(publicKey);
    m_keyFacts->setText(describeRsaPublicKey(publicKey));
    m_keyFacts->setVisible(!m_keyFacts->text().isEmpty());
    m_copyFingerprint->setVisible(!m_keyFacts->text().isEmpty());
    m_showing = false;
}

void JwtKeyEditor::showDiagnostics()
{
    if (m_row < 0) {
        for (auto* feedback : {m_idFeedback.get(), m_algorithmFeedback.get(),
                               m_secretFeedback.get(), m_publicKeyFeedback.get()})
            feedback->show({});
        return;
    }
    const QString keyPath = jsonPointerAppend(QStringLiteral("/jwt_keys"), m_row);
    const DiagnosticIndex& index = m_document->diagnosticIndex();
    const DiagnosticTone tone = m_document->isToFillIn(ConfigList::JwtKeys, m_row)
                                    ? DiagnosticTone::ToFillIn
                                    : DiagnosticTone::Problem;
    m_idFeedback->show(index.at(keyPath + QStringLiteral("/id")), tone);
    m_algorithmFeedback->show(index.at(keyPath + QStringLiteral("/algorithm")), tone);
    m_secretFeedback->show(index.at(keyPath + QStringLiteral("/secret")), tone);
    m_publicKeyFeedback->show(index.at(keyPath + QStringLiteral("/public_key")), tone);
}

void JwtKeyEditor::edit(const JwtKey& key, int field)
{
    if (!m_document->replaceRow(m_row, key, field)) {
        emit problem(PublicKeyImporter::privateKeyRefusal());
        showKey();
    }
}

void JwtKeyEditor::generateSecret()
{
    const std::optional<QString> secret = generateHmacSecret();
    if (!secret) {
        emit problem(hmacSecretGenerationFailure());
        return;
    }
    JwtKey key = m_document->config().jwtKeys.at(m_row);
    key.secret = *secret;
    edit(key, ConfigDocument::noMerge);
    m_handOverNote->show();
    emit done(tr("A new secret was generated. Give it to the website's integrators before they "
                 "need it."));
}

void JwtKeyEditor::copySecret()
{
    if (m_secret->text().isEmpty())
        return;
    m_clipboard->copySecret(m_secret->text());
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->secretLifetime());
    emit done(tr("Secret copied; the clipboard is cleared in %1 s.").arg(seconds.count()));
}

QToolButton* JwtKeyEditor::makeCopyButton(const QString& objectName, const QString& text,
                                          const QString& copiedMessage,
                                          std::function<QString()> value)
{
    auto* action = new QAction(themedIcon(QStringLiteral("edit-copy")), text, this);
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    connect(action, &QAction::triggered, this, [this, copiedMessage, value = std::move(value)] {
        SecretClipboard::copyText(value());
        emit done(copiedMessage);
    });
    return button;
}

void JwtKeyEditor::importPublicKey()
{
    const PublicKeyFileChooser::Choice choice = PublicKeyFileChooser::choose(this);
    if (!choice.publicKeyPem) {
        if (!choice.problem.isEmpty())
            emit problem(choice.problem);
        return;
    }
    JwtKey key = m_document->config().jwtKeys.at(m_row);
    key.publicKey = *choice.publicKeyPem;
    edit(key, ConfigDocument::noMerge);
    emit done(tr("Public key imported: %1.").arg(choice.description));
}

void JwtKeyEditor::onPublicKeyChanged()
{
    if (m_showing || m_row < 0)
        return;
    JwtKey key = m_document->config().jwtKeys.at(m_row);
    key.publicKey = m_publicKey->toPlainText();
    edit(key, PublicKeyField);
}

} // namespace engage
