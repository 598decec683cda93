#pragma once

#include "config/community_config.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace engage {

class ConfigDocument;
class FieldFeedback;

// "Rotate…" on the JWT keys page: a guided rotation of one key (docs/file-format.md). First the new
// key: an HS256 key gets a new secret, an RS256 key takes the website's new public key (pasted or
// imported); its ID is suggested from the old one and checked by the validator's rules. Adding
// it is one undoable edit of the document, and the old key is kept. Then what comes next: the
// integration kit for the new key, and removing the old key only once a token log report
// shows it unused.
class KeyRotationDialog : public QDialog
{
    Q_OBJECT

public:
    // oldRow is the row of the key being rotated in document's keys.
    KeyRotationDialog(ConfigDocument* document, int oldRow, QWidget* parent = nullptr);
    ~KeyRotationDialog() override;

    // The new key's ID once it was added, else empty.
    QString addedKeyId() const { return m_addedKeyId; }

signals:
    // The new key is in the document, at row.
    void keyAdded(int row);
    // "Open the Token Log Report…": the guide closes, for the window to open the report.
    void tokenLogReportRequested();

private:
    QWidget* makeNewKeyPage();
    QWidget* makeNextStepsPage();
    JwtKey newKey() const;
    void checkNewKey();
    void importPublicKey();
    void addNewKey();
    void exportKit();

    ConfigDocument* m_document;
    JwtKey m_oldKey;
    std::optional<QString> m_newSecret; // HS256 only; std::nullopt when none could be made
    QString m_addedKeyId;
    QStackedWidget* m_steps;
    QLabel* m_problem;
    QLineEdit* m_id = nullptr;
    QPlainTextEdit* m_publicKey = nullptr;
    QLabel* m_keyFacts = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_added = nullptr;
    QPushButton* m_exportKit = nullptr;
    QLabel* m_kitWritten = nullptr;
    QLabel* m_lastStep = nullptr;
    std::unique_ptr<FieldFeedback> m_idFeedback;
    std::unique_ptr<FieldFeedback> m_keyFeedback;
};

} // namespace engage
