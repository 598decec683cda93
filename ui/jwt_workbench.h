#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace engage {

class ConfigDocument;
struct JwtKey;
struct JwtVerdict;

// The JWT workbench (engage-admin(1)), a non-modal dialog beside the window that edits the
// document: paste a token and see what Engage would make of it under the configuration being edited
// (the verdict with its reason and, under it, the hints of docs/jwt.md saying what the integrator
// probably did and what to change; the decoded header and payload, the mapped fields), and sign
// a test token with one of the configured keys. Every decision comes from JwtVerifier and
// JwtSigner; the dialog presents their results and forwards the person's input.
//
// An RS256 private key is read from its file only when a token is signed, and dropped as soon
// as it is: it is never kept in the dialog, in settings or in a log.
class JwtWorkbench : public QDialog
{
    Q_OBJECT

public:
    JwtWorkbench(ConfigDocument* document, QWidget* parent = nullptr);

    // Test seam: the clock used for verification and signing (UNIX seconds); default: system clock.
    void setClock(std::function<qint64()> nowUnixSeconds);

private:
    void layOut();
    void verifyToken();
    void showVerdict(const JwtVerdict& verdict);
    void showHints(const JwtVerdict& verdict);
    void showMappedFields(const JwtVerdict& verdict);
    const JwtKey* chosenSigningKey() const;
    void updateSigningControls();
    void choosePrivateKeyFile();
    void signToken();
    void showSigningError(const QString& message);
    // Forgets the signed token and the signing error once what they came from changed.
    void clearSigningResult();

    ConfigDocument* m_document;
    std::function<qint64()> m_clock;
    QString m_privateKeyPath; // the file's path only: its content is read when signing

    // Verification, in reading order.
    QPlainTextEdit* m_token;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_hints; // hidden when no hint applies
    QPlainTextEdit* m_header;
    QPlainTextEdit* m_payload;
    QLabel* m_tokenTimes; // exp, iat and nbf as dates and distances; hidden when none
    QTableWidget* m_mappedFields;
    // Signing, in reading order.
    QComboBox* m_signKey;
    QPlainTextEdit* m_signPayload;
    QSpinBox* m_signTtl;
    QPushButton* m_privateKeyButton;
    QLabel* m_signingKeyNote; // what the chosen key needs to sign
    QPushButton* m_signButton;
    QPlainTextEdit* m_signedToken;
    QPushButton* m_copySignedButton;
    QPushButton* m_verifySignedButton;
    QLabel* m_signError;
};

} // namespace engage
