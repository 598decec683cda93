#pragma once

#include "config/catalogue_refresh.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace engage {

class ApiClient;
class ApiCommand;
class ConfigDocument;
class SyncProgress;
struct ApiError;

// Sync > Refresh catalogue (docs/api.md catalogue): reads the server's Identity Group custom
// fields and shows what the document's catalogue would gain, lose or see relabelled (local
// regexes kept); Apply makes it one undoable edit. A custom field the mapping names that the
// server lacks can be created there (POST /custom_fields), after which the list is read again.
class CatalogueRefreshDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueRefreshDialog(std::shared_ptr<ApiClient> client, ConfigDocument& document,
                           QWidget* parent = nullptr);
    ~CatalogueRefreshDialog() override;

    // Reads the server's custom fields; call once, after showing the dialog.
    void start();
    // Closing the dialog stops what it started.
    void done(int result) override;

private:
    void listed();
    void createSelected();
    void created();
    void showError(const ApiError& error);
    void updateButtons();

    std::shared_ptr<ApiClient> m_client;
    ConfigDocument& m_document;
    QListWidget* m_changes;
    QListWidget* m_missing;
    QLabel* m_missingLabel;
    QLabel* m_status;
    SyncProgress* m_progress;
    QPushButton* m_createButton;
    QPushButton* m_applyButton;
    std::optional<CatalogueRefresh> m_refresh;
    ApiCommand* m_running = nullptr; // the command under way, a child of this dialog
};

} // namespace engage
