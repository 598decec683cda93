#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace engage {

class ConfigDocument;
class FieldFeedback;
struct JwtKey;
class SecretClipboard;
class SecretLineEdit;

// Edits one JWT key of the document: its ID, its algorithm, and the HS256 secret (with a
// Generate button) or the RS256 public key (with its size and fingerprint, and an import from
// a PEM file or a certificate). A private key is refused and never enters the document.
// The secret is hidden until revealed; it, the key ID and the fingerprint each have a Copy
// button, the secret's through SecretClipboard, which clears it again.
class JwtKeyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit JwtKeyEditor(ConfigDocument* document, QWidget* parent = nullptr);
    ~JwtKeyEditor() override;

    // The key shown, or -1 for none.
    void setRow(int row);
    int row() const { return m_row; }
    // Focuses the widget of a key member ("id", "secret", ...); false when there is none.
    bool focusMember(const QString& member);

signals:
    // A refusal or failure to put in the window's banner.
    void problem(const QString& message);
    // A short confirmation for the status bar.
    void done(const QString& message);

private:
    enum Field { IdField, SecretField, PublicKeyField };

    void showKey();
    void showDiagnostics();
    void edit(const JwtKey& key, int field);
    void generateSecret();
    void importPublicKey();
    void onPublicKeyChanged();
    void copySecret();
    QToolButton* makeCopyButton(const QString& objectName, const QString& text,
                                const QString& copiedMessage, std::function<QString()> value);

    ConfigDocument* m_document;
    int m_row = -1;
    bool m_showing = false; // set while the widgets are filled from the document
    QLineEdit* m_id;
    QComboBox* m_algorithm;
    QStackedWidget* m_algorithmPages;
    SecretLineEdit* m_secret;
    QToolButton* m_revealSecret;
    QToolButton* m_copySecret;
    QPushButton* m_generate;
    QLabel* m_handOverNote; // shown after Generate: how the new secret travels
    SecretClipboard* m_clipboard;
    QPlainTextEdit* m_publicKey;
    QLabel* m_keyFacts;
    QToolButton* m_copyFingerprint;
    QPushButton* m_import;
    std::unique_ptr<FieldFeedback> m_idFeedback;
    std::unique_ptr<FieldFeedback> m_algorithmFeedback;
    std::unique_ptr<FieldFeedback> m_secretFeedback;
    std::unique_ptr<FieldFeedback> m_publicKeyFeedback;
};

} // namespace engage
