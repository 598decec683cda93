#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace engage {

class ApiClient;
class ConfigDocument;
class LookUpIdentityCommand;
class SyncProgress;

// Sync > Check an identity (docs/api.md identity): a visitor's UUID in; out, the identity and its
// group as Engage holds them and, per mapping row, what the row should have written against
// what the group holds. Problems are said in words (a Result column and a sentence per row),
// not by colour alone.
class IdentityCheckDialog : public QDialog
{
    Q_OBJECT

public:
    IdentityCheckDialog(std::shared_ptr<ApiClient> client, const ConfigDocument& document,
                        QWidget* parent = nullptr);
    ~IdentityCheckDialog() override;

    // Closing the dialog stops the look-up under way.
    void done(int result) override;

private:
    void lookUp();
    void lookedUp();
    void showDetail();

    std::shared_ptr<ApiClient> m_client;
    const ConfigDocument& m_document;
    QLineEdit* m_uuid;
    QPushButton* m_checkButton;
    QLabel* m_identity;
    QTreeWidget* m_checks;
    QLabel* m_detail;
    SyncProgress* m_progress;
    LookUpIdentityCommand* m_running = nullptr;
};

} // namespace engage
