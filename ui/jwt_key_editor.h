#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace engage {

class ConfigDocument;
class FieldFeedback;
struct JwtKey;

// Edits one JWT key of the document: its ID, its algorithm, and the HS256 secret (with a
// Generate button) or the RS256 public key (with its size and fingerprint, and an import from
// a PEM file or a certificate). A private key is refused and never enters the document.
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

    ConfigDocument* m_document;
    int m_row = -1;
    bool m_showing = false; // set while the widgets are filled from the document
    QLineEdit* m_id;
    QComboBox* m_algorithm;
    QStackedWidget* m_algorithmPages;
    QLineEdit* m_secret;
    QPushButton* m_generate;
    QPlainTextEdit* m_publicKey;
    QLabel* m_keyFacts;
    QPushButton* m_import;
    std::unique_ptr<FieldFeedback> m_idFeedback;
    std::unique_ptr<FieldFeedback> m_algorithmFeedback;
    std::unique_ptr<FieldFeedback> m_secretFeedback;
    std::unique_ptr<FieldFeedback> m_publicKeyFeedback;
};

} // namespace engage
