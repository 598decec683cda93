#include "key_rotation_dialog.h"

#include "config/key_rotation.h"
#include "config/public_key_import.h"
#include "crypto/secure_random.h"
#include "document/config_document.h"
#include "document/diagnostic_index.h"
#include "field_feedback.h"
#include "integration_kit_dialog.h"
#include "public_key_file_chooser.h"
#include "text/untrusted_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace engage {

namespace {

constexpr qsizetype maxQuotedId = 60;

QString quotedId(const QString& id)
{
    return UntrustedText::forDisplay(id, maxQuotedId);
}

QLabel* makeParagraph(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // key IDs and paths are quoted in these sentences
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

KeyRotationDialog::KeyRotationDialog(ConfigDocument* document, int oldRow, QWidget* parent)
    : QDialog(parent), m_document(document), m_oldKey(document->config().jwtKeys.at(oldRow)),
      m_steps(new QStackedWidget(this)),
      m_problem(makeParagraph(this, QStringLiteral("rotationProblem")))
{
    setObjectName(QStringLiteral("keyRotationDialog"));
    setWindowTitle(tr("Rotate the Key \"%1\"").arg(quotedId(m_oldKey.id)));
    if (m_oldKey.algorithm == JwtAlgorithm::hs256)
        m_newSecret = generateHmacSecret();
    m_problem->hide();
    m_steps->addWidget(makeNewKeyPage());
    m_steps->addWidget(makeNextStepsPage());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_problem);
    if (m_oldKey.algorithm == JwtAlgorithm::hs256 && !m_newSecret) {
        m_problem->setText(hmacSecretGenerationFailure());
        m_problem->show();
    }
    checkNewKey();
    m_id->setFocus(Qt::OtherFocusReason);
}

KeyRotationDialog::~KeyRotationDialog() = default;

QWidget* KeyRotationDialog::makeNewKeyPage()
{
    auto* page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("newKeyStep"));
    const QString oldId = quotedId(m_oldKey.id);
    QLabel* intro = makeParagraph(page, QStringLiteral("rotationIntro"));
    intro->setText(tr("Step 1 of 3: the new key. It is added beside \"%1\", which stays, so that "
                      "the tokens the website still signs with \"%1\" are accepted while it "
                      "moves to the new key.")
                       .arg(oldId));

    m_id = new QLineEdit(KeyRotation::suggestedId(m_document->config(), m_oldKey.id), page);
    m_id->setObjectName(QStringLiteral("newKeyIdEdit"));
    m_id->setAccessibleName(tr("New key ID"));
    m_id->setToolTip(tr("Lowercase letters, digits and underscores; the website sends it as "
                        "the token's \"kid\"."));
    QLabel* idMessages = makeFieldMessageLabel(page, QStringLiteral("newKeyIdMessages"));
    m_idFeedback = std::make_unique<FieldFeedback>(m_id, idMessages);
    auto* form = new QFormLayout;
    auto* idLabel = new QLabel(tr("New key I&D:"), page);
    idLabel->setBuddy(m_id);
    form->addRow(idLabel, m_id);
    form->addRow(QString(), idMessages);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (m_oldKey.algorithm == JwtAlgorithm::rs256) {
        m_publicKey = new QPlainTextEdit(page);
        m_publicKey->setObjectName(QStringLiteral("newPublicKeyEdit"));
        m_publicKey->setAccessibleName(tr("New RSA public key (PEM)"));
        m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_publicKey->setTabChangesFocus(true);
        // A pasted private key must not stay in an undo history of the text box's own.
        m_publicKey->setUndoRedoEnabled(false);
        m_publicKey->setPlaceholderText(
            QStringLiteral("-----BEGIN PUBLIC KEY-----\n\u2026\n-----END PUBLIC KEY-----"));
        m_keyFacts = makeParagraph(page, QStringLiteral("newPublicKeyFacts"));
        QLabel* keyMessages = makeFieldMessageLabel(page, QStringLiteral("newPublicKeyMessages"));
        m_keyFeedback = std::make_unique<FieldFeedback>(m_publicKey, keyMessages);
        auto* import = new QPushButton(tr("&Import public key\u2026"), page);
        import->setObjectName(QStringLiteral("importNewPublicKeyButton"));
        auto* keyLabel = new QLabel(tr("New &public key:"), page);
        keyLabel->setBuddy(m_publicKey);
        QLabel* keyIntro = makeParagraph(page, QStringLiteral("newPublicKeyIntro"));
        keyIntro->setText(tr("Paste the website's new RSA public key, or import it from a file. "
                             "Its private key stays with the website and is never entered "
                             "here."));
        form->addRow(QString(), keyIntro);
        form->addRow(keyLabel, m_publicKey);
        form->addRow(QString(), m_keyFacts);
        form->addRow(QString(), keyMessages);
        form->addRow(QString(), import);
        connect(m_publicKey, &QPlainTextEdit::textChanged, this, &KeyRotationDialog::checkNewKey);
        connect(import, &QPushButton::clicked, this, &KeyRotationDialog::importPublicKey);
    } else {
        QLabel* secret = makeParagraph(page, QStringLiteral("newSecretNote"));
        secret->setText(tr("A new secret of 24 random hexadecimal characters is generated for "
                           "the new key. Once the key is added, the key editor shows it, to "
                           "give to the website's integrators."));
        layout->addWidget(secret);
    }
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_add = buttons->addButton(tr("&Add the New Key"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addNewKeyButton"));
    m_add->setDefault(true);
    layout->addWidget(buttons);
    connect(m_id, &QLineEdit::textChanged, this, &KeyRotationDialog::checkNewKey);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyRotationDialog::addNewKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return page;
}

QWidget* KeyRotationDialog::makeNextStepsPage()
{
    auto* page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("nextStepsStep"));
    m_added = makeParagraph(page, QStringLiteral("newKeyAddedText"));
    QLabel* kitStep = makeParagraph(page, QStringLiteral("kitStepText"));
    kitStep->setText(tr("Step 2 of 3: give the website team the integration kit of the new key: "
                        "the token's header and payload, the expiry rule and the signing code "
                        "they need. Until they deploy it, the website keeps signing with the "
                        "old key, which is still accepted."));
    m_exportKit = new QPushButton(page);
    m_exportKit->setObjectName(QStringLiteral("exportKitButton"));
    m_kitWritten = makeParagraph(page, QStringLiteral("kitWrittenText"));
    m_kitWritten->hide();
    m_lastStep = makeParagraph(page, QStringLiteral("lastStepText"));
    auto* report = new QPushButton(tr("Open the Token &Log Report\u2026"), page);
    report->setObjectName(QStringLiteral("openReportButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeRotationButton"));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_added);
    layout->addWidget(kitStep);
    layout->addWidget(m_exportKit, 0, Qt::AlignLeft);
    layout->addWidget(m_kitWritten);
    layout->addWidget(m_lastStep);
    layout->addWidget(report, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_exportKit, &QPushButton::clicked, this, &KeyRotationDialog::exportKit);
    connect(report, &QPushButton::clicked, this, [this] {
        accept();
        emit tokenLogReportRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    return page;
}

JwtKey KeyRotationDialog::newKey() const
{
    JwtKey key;
    key.id = m_id->text();
    key.algorithm = m_oldKey.algorithm;
    if (m_publicKey)
        key.publicKey = m_publicKey->toPlainText();
    else
        key.secret = m_newSecret;
    return key;
}

void KeyRotationDialog::checkNewKey()
{
    const Diagnostics diagnostics = KeyRotation::newKeyDiagnostics(m_document->config(), newKey());
    const DiagnosticIndex index(diagnostics);
    m_idFeedback->show(index.at(QStringLiteral("/id")));
    bool ready = !hasErrors(diagnostics);
    if (m_publicKey) {
        // An empty box is a key still to give, not a mistake to point at.
        const bool empty = m_publicKey->toPlainText().trimmed().isEmpty();
        m_keyFeedback->show(empty ? Diagnostics() : index.at(QStringLiteral("/public_key")));
        m_keyFacts->setText(describeRsaPublicKey(m_publicKey->toPlainText()));
        m_keyFacts->setVisible(!m_keyFacts->text().isEmpty());
        ready = ready && !empty;
    } else {
        ready = ready && m_newSecret.has_value();
    }
    m_add->setEnabled(ready);
}

void KeyRotationDialog::importPublicKey()
{
    const PublicKeyFileChooser::Choice choice = PublicKeyFileChooser::choose(this);
    m_problem->setText(choice.problem);
    m_problem->setVisible(!choice.problem.isEmpty());
    if (choice.publicKeyPem)
        m_publicKey->setPlainText(*choice.publicKeyPem);
}

void KeyRotationDialog::addNewKey()
{
    checkNewKey();
    if (!m_add->isEnabled())
        return;
    const JwtKey key = newKey();
    const int row = m_document->config().jwtKeys.size();
    // The document refuses a private key; the validator's diagnostic has already disabled Add
    // for one, so this is the last guard, not the usual path.
    if (!m_document->insertRow(row, key)) {
        m_problem->setText(PublicKeyImporter::privateKeyRefusal());
        m_problem->show();
        return;
    }
    m_addedKeyId = key.id;
    const QString newId = quotedId(key.id);
    const QString oldId = quotedId(m_oldKey.id);
    m_added->setText(tr("The key \"%1\" was added beside \"%2\", which is kept. Edit > Undo "
                        "removes the new key again.")
                         .arg(newId, oldId));
    m_exportKit->setText(tr("Export the &Integration Kit for \"%1\"\u2026").arg(newId));
    m_lastStep->setText(
        tr("Step 3 of 3, later: once the website signs with \"%1\", remove \"%2\". Remove it "
           "only when a token log report of recent tokens shows that \"%2\" is no longer seen: "
           "while the website still signs with it, removing it would refuse those visitors' "
           "identities.")
            .arg(newId, oldId));
    m_problem->hide();
    m_steps->setCurrentIndex(1);
    m_exportKit->setFocus(Qt::OtherFocusReason);
    emit keyAdded(row);
}

void KeyRotationDialog::exportKit()
{
    IntegrationKitDialog* dialog = exportIntegrationKit(this, m_document->config(), m_addedKeyId);
    connect(dialog, &IntegrationKitDialog::exported, this, [this](const QString& path) {
        m_kitWritten->setText(tr("The integration kit was written to \"%1\". Hand it to the "
                                 "website team.")
                                  .arg(QDir::toNativeSeparators(path)));
        m_kitWritten->show();
    });
}

} // namespace engage
